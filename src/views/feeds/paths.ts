import type { Lang } from "../../core/site.ts";
import { homePath, tagPath } from "../../core/paths.ts";

export type FeedFormat = "atom" | "rss" | "json";

export const mediaTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml",
  rss: "application/rss+xml",
  json: "application/feed+json",
};

const fileNames: Record<FeedFormat, string> = { atom: "feed.xml", rss: "rss.xml", json: "feed.json" };

/** `/zh-tw/feed.xml`, `/zh-tw/rss.xml`, `/zh-tw/feed.json`. */
export const languageFeedPath = (lang: Lang, format: FeedFormat) => `${homePath(lang)}${fileNames[format]}`;

/** A tag's Atom feed sits beside its page: `/zh-tw/tags/rust/feed.xml`. */
export const tagFeedPath = (lang: Lang, slug: string) => `${tagPath(lang, slug)}${fileNames.atom}`;

/** Turns a feed into a readable page in a browser, in the feed's language. */
export const stylesheetPath = (lang: Lang) => `${homePath(lang)}feed.xsl`;
