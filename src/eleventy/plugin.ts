import { relative } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { createIssueLoader } from "../content/loadIssues.ts";
import { grayMatterOptions } from "../content/frontMatter/yaml.ts";
import { publishImages } from "../content/images/publish.ts";
import { imageSettings } from "../content/images/settings.ts";
import { languages, siteUrl } from "../core/site.ts";
import { createBuildModel, type BuildModel } from "../model/buildModel.ts";
import { addFilters } from "./filters.ts";
import { addIssueTemplate } from "./issueTemplate.ts";
import { addPageTemplates } from "./pageTemplates.ts";
import { addSearchIndex } from "./searchIndex.ts";
import { addSearchScript } from "./searchScript.ts";
import { addShareCards } from "./shareCards.ts";
import { addSitemap } from "./sitemap.ts";

interface PluginOptions {
  /**
   * The build's model, made by the caller: the dev server makes one per edit and renders the
   * edited pages and then the listings from it, instead of each render loading every issue and
   * ranking related issues again (~0.17 s each at 4,000 issues).
   */
  model?: BuildModel;
}

/**
 * The whole site as one Eleventy plugin: issues in, pages out. Before Eleventy renders anything,
 * every issue is read and checked and this build's model made; unpublished issues stay out of a
 * production build; templates get finished views and only print them.
 */
export function weeklyPlugin(eleventyConfig: UserConfig, options: PluginOptions = {}): void {
  const contentDir = eleventyConfig.directories.input;
  const site = { pathPrefix: eleventyConfig.pathPrefix || "/", origin: siteUrl() };
  const images = imageSettings(contentDir);
  const loadIssues = createIssueLoader({ contentDir, ...site, images });
  // First: a share card to draw starts drawing on another thread before the issues load.
  addShareCards(eleventyConfig, contentDir);
  let built: BuildModel | undefined;
  const model = (): BuildModel => {
    if (!built) throw new Error("pages were requested before the issues were loaded");
    return built;
  };
  // The search indexes are pages, made from each build's model (searchIndex.ts).
  const searchIndexFor = addSearchIndex(eleventyConfig, images.cacheDir);
  addSearchScript(eleventyConfig, images.cacheDir);
  eleventyConfig.on("eleventy.before", async ({ runMode, outputMode }) => {
    const mode = runMode === "build" ? "production" : "development";
    built = options.model ?? (await createBuildModel(await loadIssues(), { ...site, contentDir, mode, now: new Date() }));
    searchIndexFor(built, outputMode === "fs");
  });
  // The pages link /img/: their images go into the same output folder, after the pages.
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    await publishImages(model().catalog.issues, images.cacheDir, directories.output);
  });

  // Ignores are explicit; .gitignore must not hide a fixture site built from a scratch folder.
  eleventyConfig.setUseGitIgnore(false);
  // The stylesheet, favicon and scripts are served from the site itself, never another host;
  // assets/search/ is the search script's source, bundled instead (searchScript.ts).
  eleventyConfig.addPassthroughCopy({ "assets/*.*": "assets" });
  // Nunjucks escapes every value by default; state it, since Liquid would not.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  // Page templates' front matter is read as the issues' is: YAML's core schema, never code.
  eleventyConfig.setFrontMatterParsingOptions(grayMatterOptions);
  eleventyConfig.addGlobalData("languages", languages);
  addFilters(eleventyConfig);
  addIssueTemplate(eleventyConfig, model);
  addPageTemplates(eleventyConfig, model);
  addSitemap(eleventyConfig, model);
}

// Added once: a build given a model adds the plugin before eleventy.config.ts does (builds.ts),
// and the config file's plain addPlugin is then skipped.
weeklyPlugin.eleventyPluginOptions = { unique: true };

/** Layouts live beside content/ whatever folder is built (the tests build fixture sites). */
export const layoutsFolder = (eleventyConfig: UserConfig) => relative(eleventyConfig.directories.input, "layouts");

export const eleventyOptions = {
  // No "md": issues are read by the loader, never as Eleventy templates, so no template
  // language runs over them (`{{ }}` in a code sample stays as written).
  templateFormats: ["njk", "11ty.js"],
  htmlTemplateEngine: "njk",
};
