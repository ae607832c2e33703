import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { projectRoot } from "../../support/buildSite.ts";

const run = promisify(execFile);

export interface ToolResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function tool(command: string, args: string[]): Promise<ToolResult> {
  try {
    const { stdout, stderr } = await run(command, args, { maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : 1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

/** jing against RFC 4287's schema; it reports problems on stdout, so both must be checked. */
export const jingAtom = (files: string[]) => tool("jing", ["-c", join(projectRoot, "test/schemas/atom.rnc"), ...files]);

export const xmllint = (files: string[]) => tool("xmllint", ["--noout", ...files]);

/** Writes text to a scratch file, for the command-line validators. */
export async function scratchFile(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "weekly-feed-"));
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}|GMT)$/;
const ABSOLUTE = /^https?:\/\/[^/]+\//;
const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

export const isRfc3339 = (text: string) => RFC3339.test(text) && !Number.isNaN(Date.parse(text));

/** RFC 822 as RSS 2.0 uses it (four-digit year), with the weekday matching the date. */
export function isRfc822(text: string): boolean {
  const match = RFC822.exec(text);
  if (!match) return false;
  const [, day, , , , , , , zone] = match;
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return false;
  const offset = zone === "GMT" ? 0 : Number(zone?.slice(0, 3)) * 60 + Math.sign(Number(zone?.slice(0, 3))) * Number(zone?.slice(3));
  const local = new Date(instant.getTime() + offset * 60_000);
  return DAYS[local.getUTCDay()] === day;
}

/** RSS 2.0's required elements and formats (https://www.rssboard.org/rss-specification). */
export function rssProblems(xml: string): string[] {
  const $ = cheerio.load(xml, { xml: true });
  const problems: string[] = [];
  const rss = $("rss");
  if (rss.attr("version") !== "2.0") problems.push(`rss version is ${rss.attr("version")}`);
  const channel = rss.children("channel");
  if (channel.length !== 1) problems.push(`${channel.length} channels`);
  for (const name of ["title", "link", "description"]) {
    if (channel.children(name).length !== 1) problems.push(`channel needs one <${name}>`);
  }
  if (!ABSOLUTE.test(channel.children("link").text())) problems.push("channel link is not absolute");
  const language = channel.children("language").text();
  if (!LANGUAGE.test(language)) problems.push(`channel language "${language}"`);
  for (const name of ["pubDate", "lastBuildDate"]) {
    const value = channel.children(name).text();
    if (value && !isRfc822(value)) problems.push(`channel ${name} "${value}" is not RFC 822`);
  }
  // Every prefix used must be declared on the root (the RSS plugin forgot content:).
  const declared = new Set(Object.keys(rss.attr() ?? {}).filter((a) => a.startsWith("xmlns:")).map((a) => a.slice(6)));
  $("*").each((_, element) => {
    const name = (element as { name: string }).name;
    const prefix = name.includes(":") ? name.split(":")[0] : undefined;
    if (prefix && !declared.has(prefix)) problems.push(`prefix ${prefix}: is not declared`);
  });
  if (rss.attr("xmlns:content") !== "http://purl.org/rss/1.0/modules/content/") problems.push("content: namespace");
  const guids = new Set<string>();
  channel.children("item").each((i, element) => {
    const item = $(element);
    if (!item.children("title").text() && !item.children("description").text()) problems.push(`item ${i} has neither title nor description`);
    if (!ABSOLUTE.test(item.children("link").text())) problems.push(`item ${i} link is not absolute`);
    const guid = item.children("guid").text();
    if (!guid || guids.has(guid)) problems.push(`item ${i} guid "${guid}" is missing or repeated`);
    guids.add(guid);
    if (item.children("guid").attr("isPermaLink") === "true" && !ABSOLUTE.test(guid)) problems.push(`item ${i} permalink guid`);
    if (!isRfc822(item.children("pubDate").text())) problems.push(`item ${i} pubDate "${item.children("pubDate").text()}"`);
  });
  return problems;
}

const TOP_LEVEL = new Set(["version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "authors", "language", "expired", "hubs", "items"]);
const ITEM = new Set(["id", "url", "external_url", "title", "content_html", "content_text", "summary", "image", "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments"]);

/** JSON Feed 1.1's required fields and formats (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeedProblems(feed: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const unknown = (keys: string[], known: Set<string>, where: string) =>
    keys.filter((key) => !known.has(key) && !key.startsWith("_")).forEach((key) => problems.push(`${where} has unknown key ${key}`));
  unknown(Object.keys(feed), TOP_LEVEL, "feed");
  if (feed.version !== "https://jsonfeed.org/version/1.1") problems.push(`version ${String(feed.version)}`);
  if (typeof feed.title !== "string" || !feed.title) problems.push("title is required");
  for (const key of ["home_page_url", "feed_url", "favicon"]) {
    if (feed[key] !== undefined && !ABSOLUTE.test(String(feed[key]))) problems.push(`${key} is not absolute`);
  }
  if (typeof feed.language !== "string" || !LANGUAGE.test(feed.language)) problems.push(`language ${String(feed.language)}`);
  const authors = feed.authors as Record<string, unknown>[] | undefined;
  if (!Array.isArray(authors) || authors.some((a) => !a.name && !a.url && !a.avatar)) problems.push("authors");
  if (!Array.isArray(feed.items)) return [...problems, "items is required"];
  const ids = new Set<string>();
  (feed.items as Record<string, unknown>[]).forEach((item, i) => {
    unknown(Object.keys(item), ITEM, `item ${i}`);
    if (typeof item.id !== "string" || !item.id || ids.has(item.id)) problems.push(`item ${i} id is missing, not a string or repeated`);
    ids.add(String(item.id));
    if (typeof item.content_html !== "string" && typeof item.content_text !== "string") problems.push(`item ${i} has no content`);
    if (!ABSOLUTE.test(String(item.url))) problems.push(`item ${i} url is not absolute`);
    if (!isRfc3339(String(item.date_published))) problems.push(`item ${i} date_published ${String(item.date_published)}`);
    if (item.tags !== undefined && (!Array.isArray(item.tags) || item.tags.some((t) => typeof t !== "string"))) problems.push(`item ${i} tags`);
  });
  return problems;
}

/** Every URL in feed HTML must work without a page to resolve against; nothing may run. */
export function contentProblems(html: string): string[] {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  $("script, iframe, object, embed, style").each((_, element) => {
    problems.push(`<${element.tagName}> in feed content`);
  });
  $("[href], [src]").each((_, element) => {
    const url = $(element).attr("href") ?? $(element).attr("src") ?? "";
    if (!ABSOLUTE.test(url)) problems.push(`relative URL ${url}`);
  });
  $("*").each((_, element) => {
    for (const name of Object.keys($(element).attr() ?? {})) if (/^on/i.test(name)) problems.push(`${name} handler`);
  });
  return problems;
}
