import type { UserConfig } from "@11ty/eleventy";
import { processCache } from "../core/processCache.ts";
import type { Issue } from "../content/issue.ts";
import { languages } from "../core/site.ts";
import { absoluteIn, type BuildModel } from "../model/buildModel.ts";
import { issueView, type IssueView } from "../views/pages/issuePage.ts";
import { sitemapDocument } from "../views/sitemap/document.ts";
import { sitemapEntries } from "../views/sitemap/entries.ts";

type SitemapPage = { data: { view?: Pick<IssueView, "frame" | "path"> } };

/**
 * An issue's page as the sitemap reads it when a build did not render it (the dev server's
 * listings builds), kept while the issue and its translations are the same objects.
 */
function unrenderedIssuePage(model: BuildModel, issue: Issue): SitemapPage {
  const kept = processCache("unrendered issue pages", () => new WeakMap<Issue, { key: unknown[]; page: SitemapPage }>());
  const key = [model.pathPrefix, model.origin, ...languages.map((lang) => model.catalog.translation(issue, lang))];
  const known = kept.get(issue);
  if (known && known.key.every((part, i) => part === key[i])) return known.page;
  const view = issueView(model, issue);
  const page = { data: { view: { frame: view.frame, path: view.path } } };
  kept.set(issue, { key, page });
  return page;
}

/** sitemap.xml lists every page with its `xhtml:link` alternates; robots.txt points to it. */
export function addSitemap(eleventyConfig: UserConfig, model: () => BuildModel): void {
  eleventyConfig.addCollection("sitemapPages", (collections) => collections.getAll() as SitemapPage[]);
  // Every page, and the issues a build did not render: the dev server rebuilds listings
  // without re-rendering unchanged issues (src/dev/). Missing ones come from the catalog, when
  // the sitemap is rendered: in a collection they cost each edited page's render ~20 ms.
  const document = (data: { collections: { sitemapPages: SitemapPage[] } }) => {
    const pages = data.collections.sitemapPages;
    const rendered = new Set(pages.map((page) => page.data.view?.path));
    const missing = model().catalog.issues.filter((issue) => !rendered.has(issue.path));
    return sitemapDocument(sitemapEntries([...pages, ...missing.map((issue) => unrenderedIssuePage(model(), issue))]));
  };
  eleventyConfig.addTemplate("pages/sitemap.11ty.js", document, {
    permalink: "/sitemap.xml",
    layout: false,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addGlobalData("sitemapUrl", () => absoluteIn(model(), "/sitemap.xml"));
}
