import { feedLang } from "../../core/locales.ts";
import { rfc3339 } from "./dates.ts";
import type { Feed } from "./feed.ts";
import { xmlSafe } from "./xml.ts";

/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Text is cleaned of control characters
 * as in the XML feeds, so a title reads the same in all three formats.
 */
export function jsonFeed(feed: Feed): Buffer {
  const { author } = feed;
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: xmlSafe(feed.title),
    home_page_url: feed.homeUrl,
    feed_url: feed.url,
    description: xmlSafe(feed.description),
    favicon: feed.iconUrl,
    language: feedLang[feed.lang],
    authors: [{ name: author.name, url: author.url }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: xmlSafe(entry.title),
      summary: xmlSafe(entry.summary),
      content_html: xmlSafe(entry.html),
      date_published: rfc3339(entry.published),
      ...(entry.tags.length > 0 && { tags: entry.tags.map(xmlSafe) }),
    })),
  };
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`);
}
