import { homePath } from "../../core/paths.ts";
import type { Lang } from "../../core/site.ts";
import type { FeedFormat } from "../../model/feedPlan.ts";

export const mediaTypes: Record<FeedFormat, string> = {
  atom: "application/atom+xml",
  rss: "application/rss+xml",
  json: "application/feed+json",
};

/** Turns a feed into a readable page in a browser, in the feed's language. */
export const stylesheetPath = (lang: Lang) => `${homePath(lang)}feed.xsl`;
