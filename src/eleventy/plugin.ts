import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { types } from "node:util";
import type { UserConfig } from "@11ty/eleventy";
import { openBuildMemo } from "../cache/diskMemo.ts";
import { Catalog } from "../model/catalog.ts";
import type { Issue } from "../content/issue.ts";
import { createIssueLoader } from "../content/loadIssues.ts";
import { prepareFeedBodies } from "../content/feedBodies.ts";
import { feedRefs, issuesInFeeds, type FeedRef } from "../views/feeds/feed.ts";
import { feedStylesheetView } from "../views/feeds/stylesheet.ts";
import { feedView } from "../views/feeds/view.ts";
import { isPublished, type BuildMode } from "../model/publishing.ts";
import { grayMatterOptions } from "../content/frontMatter/yaml.ts";
import { languages, siteUrl, type Lang } from "../core/site.ts";
import { tagIndexOf } from "../model/tags/tagIndex.ts";
import { tagPageRefs, tagsView, tagView, type TagPageRef } from "../views/pages/tagPages.ts";
import type { PageContext } from "../model/buildModel.ts";
import { issueView, type IssueView } from "../views/pages/issuePage.ts";
import { addComputedTemplates } from "./computedTemplates.ts";
import { addIssueTemplate } from "./issueTemplate.ts";
import { archiveView, homeView } from "../views/pages/listPages.ts";
import { partial, partialsCached } from "./partials.ts";
import { notFoundView, sharedView } from "../views/pages/sharedPages.ts";

const PAGE_TEMPLATES = fileURLToPath(new URL("../../layouts/pages", import.meta.url));

interface PageData {
  kind?: string;
  lang?: string;
  page: { inputPath: string; url: string };
  /** Set on a tag page and a feed by their pagination. */
  tagPage?: TagPageRef;
  feed?: FeedRef;
}

// An issue's page as the sitemap reads it when a build did not render it (the dev server's
// listings builds), kept while the issue and its translations are the same objects.
const unrenderedPages = new WeakMap<Issue, { key: unknown[]; page: { data: { view: Pick<IssueView, "frame"> } } }>();

function unrenderedIssuePage(ctx: PageContext, issue: Issue) {
  const key = [ctx.pathPrefix, ctx.origin, ...languages.map((lang) => ctx.catalog.translation(issue, lang))];
  const kept = unrenderedPages.get(issue);
  if (kept && kept.key.every((part, i) => part === key[i])) return kept.page;
  const page = { data: { view: { frame: issueView(ctx, issue).frame } } };
  unrenderedPages.set(issue, { key, page });
  return page;
}

/**
 * Issues in, pages out: reads and checks every issue before Eleventy renders anything,
 * leaves unpublished issues out of a production build, and hands templates their views.
 */
export function pagesPlugin(eleventyConfig: UserConfig): void {
  const pathPrefix = eleventyConfig.pathPrefix || "/";
  const origin = siteUrl();
  const loadIssues = createIssueLoader({ contentDir: eleventyConfig.directories.input, pathPrefix, origin });
  let context: PageContext | undefined;
  const current = (): PageContext => {
    if (!context) throw new Error("pages were requested before the issues were loaded");
    return context;
  };

  eleventyConfig.on("eleventy.before", async ({ runMode }) => {
    const mode: BuildMode = runMode === "build" ? "production" : "development";
    const now = new Date();
    const published = (await loadIssues()).filter((issue) => isPublished(issue, mode, now));
    context = { catalog: new Catalog(published), origin, pathPrefix, now };
    // Two tags sharing a URL fail the build here, with the content errors, naming both.
    tagIndexOf(context.catalog);
    const feedMemo = openBuildMemo<undefined>(eleventyConfig.directories.input, "feeds.memo", { pathPrefix, origin });
    await prepareFeedBodies(context, issuesInFeeds(context), feedMemo);
    feedMemo?.save();
  });

  addIssueTemplate(eleventyConfig, current);

  const views: Record<string, (data: PageData) => unknown> = {
    home: (data) => homeView(current(), data.lang as Lang),
    archive: (data) => archiveView(current(), data.lang as Lang),
    root: (data) => sharedView(current(), data.page.url),
    notFound: (data) => notFoundView(current(), data.page.url),
    tags: (data) => tagsView(current(), data.lang as Lang),
    tag: (data) => tagView(current(), data.tagPage as TagPageRef),
    feed: (data) => feedView(current(), data.feed as FeedRef),
    feedStylesheet: (data) => feedStylesheetView(current(), data.lang as Lang),
  };
  // Each listing's `view` is computed in TypeScript; templates only print it.
  const view = (data: PageData) => {
    // Eleventy first calls every computed function with an empty Proxy that records the keys
    // it reads (Data/ComputedDataProxy.js); building every view twice cost a third of a
    // build. Touch the keys a view reads and build it in the real call only. (Pagination's
    // real data is a Proxy too, but one that answers `in`.)
    if (types.isProxy(data) && !Reflect.has(data, "page")) {
      return void [data.kind, data.lang, data.page.url, data.tagPage, data.feed];
    }
    // robots.txt and the sitemap have no kind and no view.
    if (!data.kind) return undefined;
    const build = views[data.kind];
    if (!build) throw new Error(`${data.page.inputPath}: unknown page kind "${data.kind}"`);
    return build(data);
  };

  // The front matter of these templates is ours, read as the issues' is.
  eleventyConfig.setFrontMatterParsingOptions(grayMatterOptions);
  // Home, archive, tags, root and 404 are machinery, not writing: they live in layouts/pages/
  // and join every build as virtual templates, so content/ holds only issues. Feeds and tag
  // pages are registered in TypeScript (computedTemplates.ts), issue pages in issueTemplate.ts.
  for (const file of readdirSync(PAGE_TEMPLATES).filter((name) => name.endsWith(".njk"))) {
    eleventyConfig.addTemplate(`pages/${file}`, readFileSync(join(PAGE_TEMPLATES, file), "utf8"), {
      eleventyComputed: { view },
    });
  }
  addComputedTemplates(eleventyConfig, view);

  // The sitemap lists every issue, also those a build did not render: the dev server rebuilds
  // listings without re-rendering unchanged issues (src/dev/). Missing ones come from the catalog.
  eleventyConfig.addCollection("sitemapPages", (collections) => {
    const pages = collections.getAll() as { data: { view?: { path?: string } } }[];
    const rendered = new Set(pages.map((page) => page.data.view?.path));
    const missing = current().catalog.issues.filter((issue) => !rendered.has(issue.path));
    return [...pages, ...missing.map((issue) => unrenderedIssuePage(current(), issue))];
  });

  eleventyConfig.addFilter("partial", partial);
  eleventyConfig.addFilter("partialsCached", partialsCached);
  eleventyConfig.addGlobalData("languages", languages);
  // Functions: Eleventy asks for them after `eleventy.before` has loaded this build's issues.
  eleventyConfig.addGlobalData("tagPages", () => tagPageRefs(tagIndexOf(current().catalog)));
  eleventyConfig.addGlobalData("feeds", () => feedRefs(tagIndexOf(current().catalog)));
}
