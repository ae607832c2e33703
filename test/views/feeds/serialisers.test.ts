import { parseAtomFeed, parseJsonFeed, parseRssFeed } from "feedsmith";
import { describe, expect, it } from "vitest";
import { atomFeed } from "../../../src/views/feeds/atom.ts";
import { jsonFeed } from "../../../src/views/feeds/jsonFeed.ts";
import type { Feed } from "../../../src/views/feeds/feed.ts";
import { rssFeed } from "../../../src/views/feeds/rss.ts";
import { el, xmlDocument, xmlSafe } from "../../../src/views/feeds/xml.ts";
import { jingAtom, jsonFeedProblems, rssProblems, scratchFile, xmllint } from "./checks.ts";

const TRICKY = `Tricky <b>bold</b> & "double" 'single' ]]> \u0001ctrl\u000Bvt \uFFFE end`;
const CLEAN = `Tricky <b>bold</b> & "double" 'single' ]]> ctrlvt  end`;

const feed: Feed = {
  lang: "en",
  id: "tag:weekly.example.org,2020-01-01:en/feed",
  title: `WWW Weekly & <friends>`,
  description: "A digest",
  url: "https://weekly.example.org/weekly/en/feed.xml",
  homeUrl: "https://weekly.example.org/weekly/en/",
  iconUrl: "https://weekly.example.org/weekly/assets/favicon.svg",
  stylesheetHref: "/weekly/en/feed.xsl",
  updated: new Date("2020-01-31T16:00:11Z"),
  author: { name: "WWW Weekly", url: "https://weekly.example.org/weekly/en/" },
  entries: [
    {
      id: "tag:weekly.example.org,2020-01-01:en/issues/www-0x02",
      url: "https://weekly.example.org/weekly/en/issues/www-0x02/",
      title: TRICKY,
      published: new Date("2020-01-31T16:00:11Z"),
      summary: "a < b & c",
      html: `<p>See <a href="https://weekly.example.org/weekly/en/">home</a> &amp; more\u0001</p>`,
      tags: ["C++", "C#"],
    },
  ],
};

describe("the XML writer", () => {
  it("drops characters XML cannot carry and keeps the rest", () => {
    expect(xmlSafe("a\u0000b\u0001c\u000Bd\u001Fe\u007Ff\uFFFEg\uD800h\tj\nk")).toBe("abcdefgh\tj\nk");
    expect(xmlSafe("軟體 🦀 \u00A0")).toBe("軟體 🦀 \u00A0");
  });

  it("escapes text and attributes", () => {
    const xml = xmlDocument(el("a", { title: `"<&>'\n` }, `<&>"`)).toString("utf8");
    expect(xml).toContain(`<a title="&quot;&lt;&amp;&gt;'&#10;">&lt;&amp;&gt;"</a>`);
  });
});

describe("the Atom serialiser", () => {
  const xml = atomFeed(feed).toString("utf8");

  it("is valid against RFC 4287's schema, even with control characters in a title", async () => {
    const file = await scratchFile("feed.xml", xml);
    const jing = await jingAtom([file]);
    expect(jing.stdout).toBe("");
    expect(jing.code).toBe(0);
    expect((await xmllint([file])).code).toBe(0);
  });

  it("round-trips titles, links and instants through a feed parser", () => {
    const parsed = parseAtomFeed(xml);
    expect(parsed.title?.value).toBe("WWW Weekly & <friends>");
    const entry = parsed.entries?.[0];
    expect(entry?.title?.value).toBe(CLEAN);
    expect(entry?.links?.[0]?.href).toBe("https://weekly.example.org/weekly/en/issues/www-0x02/");
    expect(entry?.published).toBe("2020-02-01T00:00:11+08:00");
    expect(Date.parse(String(entry?.published))).toBe(Date.parse("2020-01-31T16:00:11Z"));
    expect(entry?.content?.value).toBe(`<p>See <a href="https://weekly.example.org/weekly/en/">home</a> &amp; more</p>`);
    expect(entry?.categories?.map((c) => c.term)).toEqual(["C++", "C#"]);
  });

  it("points browsers at the stylesheet", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<\?xml-stylesheet href="\/weekly\/en\/feed.xsl" type="text\/xsl"\?>\n<feed /);
  });
});

describe("the RSS serialiser", () => {
  const xml = rssFeed(feed).toString("utf8");

  it("has RSS 2.0's required elements, formats and namespaces", async () => {
    expect(rssProblems(xml)).toEqual([]);
    expect((await xmllint([await scratchFile("rss.xml", xml)])).code).toBe(0);
  });

  it("round-trips titles, links and instants through a feed parser", () => {
    const parsed = parseRssFeed(xml);
    const item = parsed.items?.[0];
    expect(parsed.title).toBe("WWW Weekly & <friends>");
    expect(item?.title).toBe(CLEAN);
    expect(item?.link).toBe("https://weekly.example.org/weekly/en/issues/www-0x02/");
    expect(item?.pubDate).toBe("Sat, 01 Feb 2020 00:00:11 +0800");
    expect(Date.parse(String(item?.pubDate))).toBe(Date.parse("2020-01-31T16:00:11Z"));
    expect(item?.guid?.value).toBe(feed.entries[0]?.id);
    expect(item?.content?.encoded).toContain(`<a href="https://weekly.example.org/weekly/en/">home</a>`);
  });

  it("leaves pubDate out of an empty feed rather than inventing one", () => {
    const empty = rssFeed({ ...feed, entries: [] }).toString("utf8");
    expect(rssProblems(empty)).toEqual([]);
    expect(empty).not.toContain("<pubDate>");
  });
});

describe("the JSON Feed serialiser", () => {
  const json = JSON.parse(jsonFeed(feed).toString("utf8")) as Record<string, unknown>;

  it("has JSON Feed 1.1's required fields and formats", () => {
    expect(jsonFeedProblems(json)).toEqual([]);
  });

  it("round-trips titles, links and instants through a feed parser", () => {
    const parsed = parseJsonFeed(json);
    const item = parsed.items?.[0];
    expect(item?.title).toBe(CLEAN);
    expect(item?.url).toBe("https://weekly.example.org/weekly/en/issues/www-0x02/");
    expect(item?.date_published).toBe("2020-02-01T00:00:11+08:00");
    expect(item?.tags).toEqual(["C++", "C#"]);
  });
});

describe("the RSS checks themselves", () => {
  it("catch content:encoded without its namespace, as the RSS plugin's template writes it", () => {
    const plugin = `<rss version="2.0"><channel><title>t</title><link>https://a.example/</link><description>d</description><language>en</language>` +
      `<item><title>t</title><link>https://a.example/x/</link><guid>https://a.example/x/</guid><pubDate>Sat, 01 Feb 2020 00:00:11 +0800</pubDate><content:encoded>x</content:encoded></item></channel></rss>`;
    expect(rssProblems(plugin)).toContain("prefix content: is not declared");
  });

  it("catch a weekday that does not match the date", () => {
    const wrong = rssFeed(feed).toString("utf8").replace(/Sat, 01 Feb 2020/g, "Fri, 01 Feb 2020");
    expect(rssProblems(wrong).join("\n")).toMatch(/pubDate "Fri, 01 Feb 2020 00:00:11 \+0800"/);
  });
});
