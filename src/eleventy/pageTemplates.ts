import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { ContentError } from "../content/errors.ts";
import { PROJECT } from "../core/modules.ts";
import { notFoundPath } from "../core/paths.ts";
import { languages } from "../core/site.ts";
import type { BuildModel } from "../model/buildModel.ts";
import type { FeedCopy, FeedRef } from "../model/feedPlan.ts";
import { feedStylesheetView } from "../views/feeds/stylesheet.ts";
import { feedDocument } from "../views/feeds/view.ts";
import { archiveView, homeView } from "../views/pages/listPages.ts";
import { redirectView } from "../views/pages/redirectPages.ts";
import { searchView } from "../views/pages/searchPage.ts";
import { notFoundView, sharedView } from "../views/pages/sharedPages.ts";
import { tagPageRefs, tagsView, tagView } from "../views/pages/tagPages.ts";

const PAGE_TEMPLATES = join(PROJECT, "layouts/pages");

/** A page kind: its views for this build, one per page, and whether the sitemap lists them. */
interface PageKind {
  views: (model: BuildModel) => { path: string }[];
  listed: boolean;
}

/** The generated pages with markup of their own in layouts/pages/, by file name. */
const PAGE_KINDS: Record<string, PageKind> = {
  "home.njk": { views: (model) => languages.map((lang) => homeView(model, lang)), listed: true },
  "archive.njk": { views: (model) => languages.map((lang) => archiveView(model, lang)), listed: true },
  "tags.njk": { views: (model) => languages.map((lang) => tagsView(model, lang)), listed: true },
  "index.njk": { views: (model) => [sharedView(model, "/")], listed: true },
  "search.njk": { views: (model) => languages.map((lang) => searchView(model, lang)), listed: false },
  "404.njk": { views: (model) => [notFoundView(model, notFoundPath)], listed: false },
  "feed-xsl.njk": { views: (model) => languages.map((lang) => feedStylesheetView(model, lang)), listed: false },
  "redirect.njk": { views: (model) => model.redirects.map((redirect) => redirectView(model, redirect)), listed: false },
};

/**
 * One page per view, the view as the page's `view`: pagination's `before` swaps the nominal
 * items (the languages) for this build's views, so each view is built once, in TypeScript, and
 * the template only prints it. The permalink is a function: Eleventy compiles a permalink string
 * anew for every page.
 */
function pagesOf(views: () => { path: string }[], listed: boolean) {
  return {
    pagination: { data: "languages", size: 1, alias: "view", before: views, addAllPagesToCollections: listed },
    permalink: (data: { view: { path: string } }) => data.view.path,
    ...(!listed && { eleventyExcludeFromCollections: true }),
  };
}

/**
 * Every generated page but the issues (issueTemplate.ts): home, archive, tags, the root and 404
 * from layouts/pages/ (machinery, not writing, so content/ holds only issues), and, registered
 * here with a function for content, tag pages and feeds: Eleventy compiles and renders a
 * paginated template's own content string anew for every page, a layout or a function never
 * (~0.1 s for 86 feeds and 80 tag pages at 4,000 issues).
 */
export function addPageTemplates(eleventyConfig: UserConfig, model: () => BuildModel): void {
  const files = readdirSync(PAGE_TEMPLATES).filter((name) => name.endsWith(".njk"));
  // A missing page kind would leave its pages out without a word (a site without 404.html).
  const missing = [...Object.keys(PAGE_KINDS), "robots.njk"].filter((file) => !files.includes(file));
  if (missing.length > 0) {
    throw new ContentError(
      missing.map((file) => ({ file: `layouts/pages/${file}`, message: `is missing, and every build writes its pages; restore it (git checkout -- layouts/pages/${file})` })),
    );
  }
  for (const file of files) {
    const kind = PAGE_KINDS[file];
    const data = kind ? pagesOf(() => kind.views(model()), kind.listed) : {};
    eleventyConfig.addTemplate(`pages/${file}`, readFileSync(join(PAGE_TEMPLATES, file), "utf8"), data);
  }
  // A tag page's markup is its layout (layouts/tag.njk), which a writer may change.
  eleventyConfig.addTemplate("pages/tag.11ty.js", () => "", {
    layout: "tag.njk",
    ...pagesOf(() => tagPageRefs(model().tags).map((ref) => tagView(model(), ref)), true),
  });
  // Each feed is a finished document (src/views/feeds/), printed as it is, with no layout.
  eleventyConfig.addTemplate("pages/feeds.11ty.js", (data: { feed: FeedRef }) => feedDocument(model(), data.feed), {
    layout: false,
    pagination: { data: "languages", size: 1, alias: "feed", before: () => model().feeds.refs },
    permalink: (data: { feed: FeedRef }) => data.feed.path,
    eleventyExcludeFromCollections: true,
  });
  // An old feed path (site.legacyFeeds) gets the very bytes of the feed it stands for.
  eleventyConfig.addTemplate("pages/feedCopies.11ty.js", (data: { copy: FeedCopy }) => feedDocument(model(), data.copy.of), {
    layout: false,
    pagination: { data: "languages", size: 1, alias: "copy", before: () => model().feeds.copies },
    permalink: (data: { copy: FeedCopy }) => data.copy.path,
    eleventyExcludeFromCollections: true,
  });
}
