import { feedLang } from "../../core/locales.ts";
import { rfc3339 } from "./dates.ts";
import type { Feed, FeedEntry } from "./feed.ts";
import { mediaTypes } from "./paths.ts";
import { el, xmlDocument } from "./xml.ts";

const ATOM = "http://www.w3.org/2005/Atom";

function entry(item: FeedEntry) {
  return el(
    "entry",
    {},
    el("id", {}, item.id),
    el("title", { type: "text" }, item.title),
    el("link", { rel: "alternate", type: "text/html", href: item.url }),
    el("published", {}, rfc3339(item.published)),
    // An issue has no separate edit date; its date is the last word on it.
    el("updated", {}, rfc3339(item.published)),
    ...item.tags.map((term) => el("category", { term })),
    el("summary", { type: "text" }, item.summary),
    el("content", { type: "html" }, item.html),
  );
}

/** Atom (RFC 4287), checked in the tests against the RFC's RELAX NG schema with jing. */
export function atomFeed(feed: Feed): Buffer {
  const { author } = feed;
  const root = el(
    "feed",
    { xmlns: ATOM, "xml:lang": feedLang[feed.lang] },
    el("id", {}, feed.id),
    el("title", { type: "text" }, feed.title),
    el("subtitle", { type: "text" }, feed.description),
    el("updated", {}, rfc3339(feed.updated)),
    el("link", { rel: "self", type: mediaTypes.atom, href: feed.url }),
    el("link", { rel: "alternate", type: "text/html", href: feed.homeUrl }),
    el("author", {}, el("name", {}, author.name), author.email ? el("email", {}, author.email) : undefined, el("uri", {}, author.url)),
    el("icon", {}, feed.iconUrl),
    ...feed.entries.map(entry),
  );
  return xmlDocument(root, feed.stylesheetHref);
}
