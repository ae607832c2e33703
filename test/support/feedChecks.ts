import { load, type CheerioAPI } from "cheerio";
import { parseFeed } from "feedsmith";
import { contentProblems, isRfc3339, jingAtom, jsonFeedProblems, rssProblems, xmllint } from "../views/feeds/checks.ts";

/**
 * The feed issue's own checks (test/views/feeds/checks.ts: RSS 2.0 and JSON Feed 1.1 fields and
 * formats, content fit for a feed reader, jing with RFC 4287's schema, xmllint), run over every
 * feed a site publishes, plus what only the whole site can tell: the language of the folder a
 * feed sits in, an author, unique ids, and a round trip through a feed parser.
 */

const ATOM_NS = "http://www.w3.org/2005/Atom";

export type FeedKind = "atom" | "rss" | "json";

/** What kind of feed a published file is, read from its content; undefined for other files. */
export function feedKind(file: string, text: string): FeedKind | undefined {
  if (file.endsWith(".json")) {
    try {
      return String((JSON.parse(text) as { version?: unknown }).version).startsWith("https://jsonfeed.org/version/") ? "json" : undefined;
    } catch {
      return undefined;
    }
  }
  if (!file.endsWith(".xml")) return undefined;
  const root = load(text, { xml: true }).root().children().get(0);
  if (root?.name === "feed" && root.attribs.xmlns === ATOM_NS) return "atom";
  return root?.name === "rss" ? "rss" : undefined;
}

/** xmllint over XML files at once: parse errors, and namespace errors it prints but exits 0 on. */
export async function wellFormedProblems(paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const result = await xmllint(paths);
  return result.code === 0 && !result.stderr.trim() ? [] : [`xmllint exited ${result.code}: ${result.stderr.trim()}`];
}

/** jing against the RFC 4287 schema; jing prints errors on stdout and warnings on stderr. */
export async function atomSchemaProblems(paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const result = await jingAtom(paths);
  return result.code === 0 && !result.stdout.trim() ? [] : [`jing exited ${result.code}: ${result.stdout.trim()}`];
}

interface Entry {
  id: string;
  html: string;
}

/** Language, ids and each entry's content, for any kind of feed. */
function entryProblems(lang: string | undefined, expectedLang: string, entries: Entry[]): string[] {
  const problems: string[] = [];
  if (lang !== expectedLang) problems.push(`declares language "${lang}", expected "${expectedLang}"`);
  if (entries.length === 0) problems.push("has no entries");
  const ids = entries.map((entry) => entry.id);
  if (ids.some((id) => !id) || new Set(ids).size !== ids.length) problems.push("has an entry id missing or repeated");
  for (const { id, html } of entries) problems.push(...contentProblems(html).map((problem) => `entry ${id}: ${problem}`));
  return problems;
}

function atomProblems($: CheerioAPI, expectedLang: string): string[] {
  const feed = $("feed");
  const entries = $("entry").toArray();
  const problems = entryProblems(feed.attr("xml:lang"), expectedLang, entries.map((el) => ({ id: $(el).children("id").text(), html: $(el).children("content").text() })));
  for (const el of [feed.get(0)!, ...entries]) {
    const updated = $(el).children("updated").text();
    if (!isRfc3339(updated)) problems.push(`updated "${updated}" is not RFC 3339`);
  }
  // RFC 4287's Schematron rule, which jing does not run: a feed or each of its entries has an author.
  if (feed.children("author").length === 0 && entries.some((el) => $(el).children("author").length === 0)) {
    problems.push("has no author, on the feed or on every entry");
  }
  return problems;
}

function rssFeedProblems(xml: string, expectedLang: string): string[] {
  const $ = load(xml, { xml: true });
  const channel = $("rss > channel");
  const items = channel.children("item").toArray();
  const problems = [...rssProblems(xml)];
  if (!channel.children("managingEditor, dc\\:creator").length && items.some((el) => !$(el).children("author, dc\\:creator").length)) {
    problems.push("has no author, on the channel or on every item");
  }
  const entries = items.map((el) => ({
    id: $(el).children("guid").text(),
    html: $(el).children("content\\:encoded").text() || $(el).children("description").text(),
  }));
  return [...problems, ...entryProblems(channel.children("language").text(), expectedLang, entries)];
}

interface JsonFeedDocument {
  language?: string;
  items?: { id?: string; content_html?: string }[];
}

function jsonProblems(text: string, expectedLang: string): string[] {
  const feed = JSON.parse(text) as JsonFeedDocument & Record<string, unknown>;
  const entries = (feed.items ?? []).map((item) => ({ id: String(item.id ?? ""), html: item.content_html ?? "" }));
  return [...jsonFeedProblems(feed), ...entryProblems(feed.language, expectedLang, entries)];
}

/** Spec checks for one feed, then a round trip through a feed parser, as a reader would. */
export function feedProblems(kind: FeedKind, text: string, expectedLang: string): string[] {
  const problems =
    kind === "json" ? jsonProblems(text, expectedLang)
    : kind === "atom" ? atomProblems(load(text, { xml: true }), expectedLang)
    : rssFeedProblems(text, expectedLang);
  try {
    const parsed = parseFeed(kind === "json" ? JSON.parse(text) : text);
    if (parsed.format !== kind) problems.push(`a feed parser reads it as ${parsed.format}, not ${kind}`);
  } catch (error) {
    problems.push(`a feed parser rejects it: ${(error as Error).message}`);
  }
  return problems;
}
