import type { UserConfig } from "@11ty/eleventy";
import { relative } from "node:path";
import { assetsPlugin } from "./src/eleventy/assets.ts";
import { i18nPlugin } from "./src/eleventy/i18nFilter.ts";
import { pagesPlugin } from "./src/eleventy/plugin.ts";
import { sitemapPlugin } from "./src/eleventy/sitemap.ts";

export default function (eleventyConfig: UserConfig) {
  // Layouts live beside content/ whatever folder is built (the tests build fixture sites).
  eleventyConfig.setIncludesDirectory(relative(eleventyConfig.directories.input, "layouts"));
  // Ignores are explicit; .gitignore must not hide a fixture site built from a scratch folder.
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addPlugin(i18nPlugin);
  eleventyConfig.addPlugin(pagesPlugin);
  eleventyConfig.addPlugin(assetsPlugin);
  eleventyConfig.addPlugin(sitemapPlugin);
}

export const config = {
  // No "md": issues are read by the pages plugin's loader, never as Eleventy templates, so no
  // template language runs over them (`{{ }}` in a code sample stays as written).
  templateFormats: ["njk", "11ty.js"],
  htmlTemplateEngine: "njk",
};
