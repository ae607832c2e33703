import type { UserConfig } from "@11ty/eleventy";
import type { FeedRef } from "../views/feeds/feed.ts";
import type { TagPageRef } from "../views/pages/tagPages.ts";

/**
 * Paginated pages whose data TypeScript computes entirely, registered here rather than as
 * Nunjucks files: Eleventy compiles and renders a template string (content and permalink) anew
 * for every page of a paginated Nunjucks template, a function never (~0.1 s for 86 feeds and 80
 * tag pages at 4,000 issues). `view` is the page's computed view, as for every page template.
 */
export function addComputedTemplates(eleventyConfig: UserConfig, view: (data: never) => unknown): void {
  // Each feed is a finished document (src/feeds/): printed as it is, with no layout.
  eleventyConfig.addTemplate("pages/feeds.11ty.js", (data: { view: { document: Buffer } }) => data.view.document, {
    kind: "feed",
    layout: false,
    pagination: { data: "feeds", size: 1, alias: "feed" },
    permalink: (data: { feed: FeedRef }) => data.feed.path,
    eleventyExcludeFromCollections: true,
    eleventyComputed: { view },
  });
  // A tag page's markup is its layout (layouts/tag.njk), which a writer may change.
  eleventyConfig.addTemplate("pages/tag.11ty.js", () => "", {
    kind: "tag",
    layout: "tag.njk",
    pagination: { data: "tagPages", size: 1, alias: "tagPage", addAllPagesToCollections: true },
    permalink: (data: { tagPage: TagPageRef }) => data.tagPage.path,
    eleventyComputed: { view },
  });
}
