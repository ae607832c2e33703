import { escapeText } from "../../core/escape.ts";
import { feedLang } from "../../core/locales.ts";
import { rfc822 } from "./dates.ts";
import type { Feed, FeedEntry } from "./feed.ts";
import { mediaTypes } from "./paths.ts";
import { el, xmlDocument } from "./xml.ts";

const NAMESPACES = {
  "xmlns:atom": "http://www.w3.org/2005/Atom",
  // The RSS plugin's template writes content:encoded without declaring this; we declare it.
  "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
  "xmlns:dc": "http://purl.org/dc/elements/1.1/",
};

const escapeHtml = (text: string) => escapeText(text).replace(/"/g, "&quot;");

function item(entry: FeedEntry, author: string) {
  return el(
    "item",
    {},
    el("title", {}, entry.title),
    el("link", {}, entry.url),
    el("guid", { isPermaLink: "false" }, entry.id),
    el("pubDate", {}, rfc822(entry.published)),
    el("dc:creator", {}, author),
    ...entry.tags.map((tag) => el("category", {}, tag)),
    // RSS readers take description as HTML; the summary is plain text, so it is escaped as HTML.
    el("description", {}, escapeHtml(entry.summary)),
    el("content:encoded", {}, entry.html),
  );
}

/** RSS 2.0 (https://www.rssboard.org/rss-specification), with the full text in content:encoded. */
export function rssFeed(feed: Feed): Buffer {
  const { author } = feed;
  const updated = feed.entries.length > 0 ? rfc822(feed.updated) : undefined;
  const channel = el(
    "channel",
    {},
    el("title", {}, feed.title),
    el("link", {}, feed.homeUrl),
    el("description", {}, feed.description),
    el("language", {}, feedLang[feed.lang]),
    el("atom:link", { rel: "self", type: mediaTypes.rss, href: feed.url }),
    // RSS wants an e-mail address for managingEditor; without one, Dublin Core names the author.
    author.email ? el("managingEditor", {}, `${author.email} (${author.name})`) : undefined,
    el("dc:creator", {}, author.name),
    updated && el("pubDate", {}, updated),
    updated && el("lastBuildDate", {}, updated),
    el("docs", {}, "https://www.rssboard.org/rss-specification"),
    ...feed.entries.map((entry) => item(entry, author.name)),
  );
  return xmlDocument(el("rss", { version: "2.0", ...NAMESPACES }, channel), feed.stylesheetHref);
}
