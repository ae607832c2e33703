import { describe, expect, it } from "vitest";
import { buildFeed } from "../../../src/views/feeds/feed.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

// What each format writes of a Feed is tested in serialisers.test.ts; here, what the feed says.
const ORIGIN = "https://weekly.example.org/weekly";
const SOFTWARE = "%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B";
const older = makeIssue({ name: "www-0x01", date: "2020-01-25T00:00:00+08:00", tags: ["軟體工程"], excerpt: "較舊。" });
const newer = makeIssue({ name: "www-0x02", date: "2020-02-01T00:00:11+08:00", tags: ["Rust", "軟體工程"], body: "[首頁](/zh-tw/)\n" });
const model = await makeModel([older, newer], { pathPrefix: "/weekly/" });

describe("a language's feed", () => {
  const feed = buildFeed(model, { path: "/zh-tw/feed.xml", format: "atom", lang: "zh-tw" });

  it("is the site's, in the language, at absolute URLs under the path prefix", () => {
    expect(feed).toMatchObject({
      lang: "zh-tw",
      id: "tag:weekly.example.org,2020-01-01:zh-tw/feed",
      title: "WWW 週報",
      description: "每週整理軟體工程、DevOps 與 Rust 的好文章與演講。",
      url: `${ORIGIN}/zh-tw/feed.xml`,
      homeUrl: `${ORIGIN}/zh-tw/`,
      iconUrl: `${ORIGIN}/assets/favicon.svg`,
      stylesheetHref: "/weekly/zh-tw/feed.xsl",
      author: { name: "WWW Weekly", url: `${ORIGIN}/zh-tw/` },
    });
  });

  it("is dated by its newest issue and carries its issues newest first, with their feed bodies", () => {
    expect(feed.updated).toEqual(newer.date);
    expect(feed.entries).toEqual([
      {
        id: "tag:weekly.example.org,2020-01-01:zh-tw/issues/www-0x02",
        url: `${ORIGIN}/zh-tw/issues/www-0x02/`,
        title: "Title of zh-tw/www-0x02",
        published: newer.date,
        summary: newer.excerpt,
        html: `<p><a href="${ORIGIN}/zh-tw/">首頁</a></p>\n`,
        tags: ["Rust", "軟體工程"],
      },
      expect.objectContaining({ url: `${ORIGIN}/zh-tw/issues/www-0x01/`, summary: "較舊。", tags: ["軟體工程"] }),
    ]);
  });

  it("is dated by the tag URI authority's date when it has no issue", () => {
    const empty = buildFeed(model, { path: "/en/feed.json", format: "json", lang: "en" });
    expect(empty.entries).toEqual([]);
    expect(empty.updated).toEqual(new Date("2020-01-01T00:00:00+08:00"));
  });

  it("fails naming the issue whose feed body the build did not render", async () => {
    const unrendered = { ...(await makeModel([older, newer])), feedBodies: new Map() };
    expect(() => buildFeed(unrendered, { path: "/zh-tw/rss.xml", format: "rss", lang: "zh-tw" })).toThrow(
      "content/zh-tw/issues/www-0x02.md: its feed body was not rendered for this build",
    );
  });
});

describe("a tag's feed", () => {
  const feed = buildFeed(model, { path: `/zh-tw/tags/軟體工程/feed.xml`, format: "atom", lang: "zh-tw", tag: "軟體工程" });

  it("is named after the tag and follows the tag's page", () => {
    expect(feed).toMatchObject({
      id: `tag:weekly.example.org,2020-01-01:zh-tw/tags/${SOFTWARE}`,
      title: "WWW 週報：軟體工程",
      description: "標籤：軟體工程",
      url: `${ORIGIN}/zh-tw/tags/${SOFTWARE}/feed.xml`,
      homeUrl: `${ORIGIN}/zh-tw/tags/${SOFTWARE}/`,
    });
  });

  it("shares each entry with the language's feed", () => {
    const language = buildFeed(model, { path: "/zh-tw/feed.xml", format: "atom", lang: "zh-tw" });
    expect(feed.entries).toHaveLength(2);
    feed.entries.forEach((entry, i) => expect(entry).toBe(language.entries[i]));
  });
});
