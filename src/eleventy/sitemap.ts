import type { UserConfig } from "@11ty/eleventy";
import { siteUrl } from "../core/site.ts";
import { absoluteUrl } from "../core/paths.ts";
import { sitemapDocument } from "../views/sitemap/document.ts";
import { sitemapEntries } from "../views/sitemap/entries.ts";

/** sitemap.xml lists every page with its `xhtml:link` alternates; robots.txt points to it. */
export function sitemapPlugin(eleventyConfig: UserConfig): void {
  // `sitemapPages`: every page, and the issues a dev-server build did not render (pages plugin).
  const document = (data: { collections: { sitemapPages: Parameters<typeof sitemapEntries>[0] } }) =>
    sitemapDocument(sitemapEntries(data.collections.sitemapPages));
  eleventyConfig.addTemplate("pages/sitemap.11ty.js", document, {
    permalink: "/sitemap.xml",
    layout: false,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addGlobalData("sitemapUrl", absoluteUrl(siteUrl(), eleventyConfig.pathPrefix || "/", "/sitemap.xml"));
}
