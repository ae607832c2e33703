import type { UserConfig } from "@11ty/eleventy";
import { siteUrl } from "../site.ts";
import { absoluteUrl } from "../urls/paths.ts";
import { sitemapEntries } from "./entries.ts";

/** sitemap.xml lists every page with its `xhtml:link` alternates; robots.txt points to it. */
export function sitemapPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("sitemapEntries", sitemapEntries);
  eleventyConfig.addGlobalData("sitemapUrl", absoluteUrl(siteUrl(), eleventyConfig.pathPrefix || "/", "/sitemap.xml"));
}
