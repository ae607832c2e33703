import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { site as config } from "../../../src/core/site.ts";
import { buildSite, issue } from "../../support/buildSite.ts";
import { contentProblems, isRfc3339, isRfc822, jingAtom, jsonFeedProblems, rssProblems, xmllint } from "./checks.ts";

// Control characters in a title are refused by the build (test/build/authorMistakes.test.ts);
// the feed writer's own dropping of them is tested in serialisers.test.ts.
const TITLE = `"<b>Tricky</b> & \\"d\\" 's'"`;
const CLEAN = `<b>Tricky</b> & "d" 's'`;
const BODY = "Links: [home](/zh-tw/), [previous](../www-0x01/), [anchor](#part) and ![icon](/assets/favicon.svg).\n\n## Part\n\nText.\n";
const tricky = (title: string, tags: string) => issue({ title, date: "2020-03-01T00:00:11+08:00", tags }, BODY);

const build = (origin: string, title: string, tags: string) =>
  buildSite({
    files: { "zh-tw/issues/tricky.md": tricky(title, tags) },
    pathPrefix: "/weekly/",
    env: { SITE_URL: origin, TZ: "America/Los_Angeles" },
  });

const ORIGIN = "https://preview.example.net";

describe("feeds of a built site", async () => {
  const site = await build(ORIGIN, TITLE, "[Rust]");
  const read = (path: string) => site.read(path);
  const atom = async (lang: string) => parseAtomFeed(await read(`${lang}/feed.xml`));
  const rss = async (lang: string) => parseRssFeed(await read(`${lang}/rss.xml`));
  const json = async (lang: string) => JSON.parse(await read(`${lang}/feed.json`)) as Record<string, unknown>;
  const allFiles = (await readdir(site.output, { recursive: true })).map((file) => join(site.output, file));
  const atomFiles = allFiles.filter((file) => file.endsWith("feed.xml"));

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  it("are valid Atom for every language and tag (jing, RFC 4287 schema)", async () => {
    expect(atomFiles.length).toBeGreaterThan(4);
    const result = await jingAtom(atomFiles);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  });

  it("are well-formed XML, stylesheets included", async () => {
    const xml = allFiles.filter((file) => /\.(xml|xsl)$/.test(file));
    const result = await xmllint(xml);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it("meet RSS 2.0's and JSON Feed 1.1's requirements", async () => {
    for (const lang of ["zh-tw", "en"]) {
      expect(rssProblems(await read(`${lang}/rss.xml`)), lang).toEqual([]);
      expect(jsonFeedProblems(await json(lang)), lang).toEqual([]);
    }
  });

  it("hold one language each, newest first, and declare it", async () => {
    for (const [lang, declared] of [["zh-tw", "zh-TW"], ["en", "en"]] as const) {
      const a = await atom(lang);
      const urls = a.entries?.map((e) => e.links?.[0]?.href) ?? [];
      expect(urls.length, lang).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(new RegExp(`^${ORIGIN}/weekly/${lang}/issues/`));
      const times = a.entries?.map((e) => Date.parse(String(e.published))) ?? [];
      expect(times).toEqual([...times].sort((x, y) => y - x));
      expect(await read(`${lang}/feed.xml`)).toContain(`xml:lang="${declared}"`);
      expect((await rss(lang)).language).toBe(declared);
      expect((await json(lang)).language).toBe(declared);
      expect((await rss(lang)).items?.map((i) => i.link)).toEqual(urls);
      expect(((await json(lang)).items as { url: string }[]).map((i) => i.url)).toEqual(urls);
    }
  });

  it("name the author in every format", async () => {
    expect((await atom("zh-tw")).authors?.[0]?.name).toBe(config.author.name);
    expect((await rss("zh-tw")).dc?.creators).toEqual([config.author.name]);
    expect((await json("en")).authors).toEqual([{ name: config.author.name, url: `${ORIGIN}/weekly/en/` }]);
  });

  it("carry 2020-02-01T00:00:11+08:00 as the instant 2020-01-31T16:00:11Z, whatever the machine's zone", async () => {
    const instant = Date.parse("2020-01-31T16:00:11Z");
    const url = `${ORIGIN}/weekly/zh-tw/issues/www-0x02/`;
    const entry = (await atom("zh-tw")).entries?.find((e) => e.links?.[0]?.href === url);
    const item = (await rss("zh-tw")).items?.find((i) => i.link === url);
    const jsonItem = parseJsonFeed(await json("zh-tw")).items?.find((i) => i.url === url);
    expect(entry?.published).toBe("2020-02-01T00:00:11+08:00");
    expect(entry?.updated).toBe("2020-02-01T00:00:11+08:00");
    expect(item?.pubDate).toBe("Sat, 01 Feb 2020 00:00:11 +0800");
    expect(jsonItem?.date_published).toBe("2020-02-01T00:00:11+08:00");
    for (const date of [entry?.published, entry?.updated, item?.pubDate, jsonItem?.date_published]) {
      expect(Date.parse(String(date))).toBe(instant);
    }
    expect(isRfc3339(String(entry?.published))).toBe(true);
    expect(isRfc822(String(item?.pubDate))).toBe(true);
  });

  it("date themselves by their newest issue, never by the build", async () => {
    for (const lang of ["zh-tw", "en"]) {
      const a = await atom(lang);
      const newest = Math.max(...(a.entries ?? []).map((e) => Date.parse(String(e.published))));
      expect(Date.parse(String(a.updated)), lang).toBe(newest);
      const r = await rss(lang);
      expect(Date.parse(String(r.lastBuildDate)), lang).toBe(newest);
      expect(r.pubDate, lang).toBe(r.items?.[0]?.pubDate);
    }
    const tag = parseAtomFeed(await read("zh-tw/tags/c-sharp/feed.xml"));
    expect(tag.updated).toBe("2020-02-08T00:00:00+08:00");
  });

  it("round-trip a title with <, & and quotes exactly through a feed parser", async () => {
    const url = `${ORIGIN}/weekly/zh-tw/issues/tricky/`;
    expect((await atom("zh-tw")).entries?.find((e) => e.links?.[0]?.href === url)?.title?.value).toBe(CLEAN);
    expect((await rss("zh-tw")).items?.find((i) => i.link === url)?.title).toBe(CLEAN);
    expect(parseJsonFeed(await json("zh-tw")).items?.find((i) => i.url === url)?.title).toBe(CLEAN);
    expect(parseAtomFeed(await read("zh-tw/tags/rust/feed.xml")).entries?.[0]?.title?.value).toBe(CLEAN);
  });

  it("give feed readers the full text with absolute URLs (path prefix kept), no script and no iframe", async () => {
    const bodies = [
      ...((await atom("zh-tw")).entries ?? []).map((e) => String(e.content?.value)),
      ...((await atom("en")).entries ?? []).map((e) => String(e.content?.value)),
      ...((await rss("zh-tw")).items ?? []).map((i) => String(i.content?.encoded)),
      ...((await json("en")).items as { content_html: string }[]).map((i) => i.content_html),
    ];
    for (const html of bodies) expect(contentProblems(html), html.slice(0, 80)).toEqual([]);
    const $ = cheerio.load(String((await rss("zh-tw")).items?.find((i) => i.link?.endsWith("/tricky/"))?.content?.encoded));
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual([
      `${ORIGIN}/weekly/zh-tw/`,
      `${ORIGIN}/weekly/zh-tw/issues/www-0x01/`,
      `${ORIGIN}/weekly/zh-tw/issues/tricky/#part`,
    ]);
    expect($("img").attr("src")).toBe(`${ORIGIN}/weekly/assets/favicon.svg`);
    // The fixture's video issue: a link to watch it, and its Q&A as readable text.
    const video = (await atom("zh-tw")).entries?.find((e) => e.links?.[0]?.href?.endsWith("/www-0x04/"));
    const $video = cheerio.load(String(video?.content?.value));
    expect($video("a[href^='https://www.youtube.com/watch']").length).toBeGreaterThan(0);
    expect($video("dt, dd").length).toBeGreaterThan(0);
  });

  it("give entries unique RFC 4151 ids built from language and file name", async () => {
    for (const lang of ["zh-tw", "en"]) {
      const ids = (await atom(lang)).entries?.map((e) => e.id) ?? [];
      expect(new Set(ids).size, lang).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(new RegExp(`^tag:weekly\\.example\\.org,2020-01-01:${lang}/issues/[^/]+$`));
      expect(((await json(lang)).items as { id: string }[]).map((i) => i.id)).toEqual(ids);
      expect((await rss(lang)).items?.map((i) => i.guid?.value)).toEqual(ids);
    }
  });

  it("keep entry ids when the title, the tags and the domain change", async () => {
    const other = await build("https://weekly.example.com", `"Renamed"`, "[Go]");
    expect(other.ok, other.stderr).toBe(true);
    const ids = async (read: (path: string) => Promise<string>) =>
      parseAtomFeed(await read("zh-tw/feed.xml")).entries?.map((e) => e.id);
    expect(await ids(other.read)).toEqual(await ids(read));
    expect(await other.read("zh-tw/feed.xml")).toContain("<title type=\"text\">Renamed</title>");
  });

  it("are advertised in the head of every page of their language", async () => {
    const pages = allFiles.filter((file) => file.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const $ = cheerio.load(await readFile(file, "utf8"));
      const lang = $("html").attr("lang") === "en" ? "en" : "zh-tw";
      const feeds = $("head link[rel=alternate][type]").map((_, l) => `${$(l).attr("type")} ${$(l).attr("href")}`).get();
      expect(feeds, file).toEqual(expect.arrayContaining([
        `application/atom+xml /weekly/${lang}/feed.xml`,
        `application/rss+xml /weekly/${lang}/rss.xml`,
        `application/feed+json /weekly/${lang}/feed.json`,
      ]));
    }
  });

  it("point browsers at a stylesheet in their own language, built from the dictionaries", async () => {
    expect(await read("zh-tw/feed.xml")).toContain(`<?xml-stylesheet href="/weekly/zh-tw/feed.xsl" type="text/xsl"?>`);
    expect(await read("en/rss.xml")).toContain(`<?xml-stylesheet href="/weekly/en/feed.xsl" type="text/xsl"?>`);
    const zh = await read("zh-tw/feed.xsl");
    expect(zh).toContain(`<html lang="zh-Hant-TW">`);
    expect(zh).toContain("把這一頁的網址貼進 RSS 閱讀器");
    expect(zh).toContain(`href="/weekly/assets/site.css"`);
    const en = await read("en/feed.xsl");
    expect(en).toContain(`<html lang="en">`);
    expect(en).toContain("paste this page&#39;s address into a feed reader");
    // Nothing from another host, in what the stylesheet produces either.
    for (const xsl of [zh, en]) expect(xsl.match(/(?:href|src)="https?:/g)).toBeNull();
  });
});
