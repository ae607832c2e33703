import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/content/issue.ts";
import { site } from "../../src/core/site.ts";
import { Catalog } from "../../src/model/catalog.ts";
import { FeedPlan } from "../../src/model/feedPlan.ts";
import { TagIndex } from "../../src/model/tags/tagIndex.ts";
import { makeIssue } from "../support/issues.ts";

const plan = (issues: Issue[]) => {
  const catalog = new Catalog(issues);
  return new FeedPlan(catalog, new TagIndex(catalog));
};

/** `count` Chinese issues a day apart, the newest first, each tagged as `tagsOf` says. */
const daily = (count: number, tagsOf: (age: number) => string[] = () => []) =>
  Array.from({ length: count }, (_, age) =>
    makeIssue({ name: `day-${String(count - age).padStart(3, "0")}`, date: new Date(Date.UTC(2020, 0, 1) - age * 86_400_000).toISOString(), tags: tagsOf(age) }),
  );

describe("the feed plan's refs", () => {
  it("are Atom, RSS and JSON Feed per language, and an Atom feed per tag of each language", () => {
    const feeds = plan([makeIssue({ tags: ["Rust", "軟體工程"] }), makeIssue({ lang: "en" })]);
    expect(feeds.refs).toEqual([
      { path: "/zh-tw/feed.xml", format: "atom", lang: "zh-tw" },
      { path: "/zh-tw/rss.xml", format: "rss", lang: "zh-tw" },
      { path: "/zh-tw/feed.json", format: "json", lang: "zh-tw" },
      { path: "/zh-tw/tags/rust/feed.xml", format: "atom", lang: "zh-tw", tag: "rust" },
      { path: "/zh-tw/tags/軟體工程/feed.xml", format: "atom", lang: "zh-tw", tag: "軟體工程" },
      { path: "/en/feed.xml", format: "atom", lang: "en" },
      { path: "/en/rss.xml", format: "rss", lang: "en" },
      { path: "/en/feed.json", format: "json", lang: "en" },
    ]);
  });

  it("are the language feeds alone when nothing is published", () => {
    expect(plan([]).refs.map((ref) => ref.path)).toEqual([
      "/zh-tw/feed.xml", "/zh-tw/rss.xml", "/zh-tw/feed.json", "/en/feed.xml", "/en/rss.xml", "/en/feed.json",
    ]);
  });
});

describe("issuesOf", () => {
  it("gives a language feed its newest site.feedSize issues, newest first", () => {
    const issues = daily(site.feedSize + 2);
    const feeds = plan([...issues].reverse());
    expect(feeds.issuesOf({ path: "/zh-tw/feed.xml", format: "atom", lang: "zh-tw" })).toEqual(issues.slice(0, site.feedSize));
    expect(feeds.issuesOf({ path: "/en/feed.json", format: "json", lang: "en" })).toEqual([]);
  });

  it("follows site.feedSize as configured", () => {
    const configured = site.feedSize;
    site.feedSize = 3;
    try {
      const issues = daily(5, () => ["Rust"]);
      const feeds = plan(issues);
      expect(feeds.issuesOf({ path: "/zh-tw/rss.xml", format: "rss", lang: "zh-tw" })).toEqual(issues.slice(0, 3));
      expect(feeds.issuesOf({ path: "/zh-tw/tags/rust/feed.xml", format: "atom", lang: "zh-tw", tag: "rust" })).toEqual(issues.slice(0, 3));
    } finally {
      site.feedSize = configured;
    }
  });

  it("gives a tag feed the newest site.feedSize issues of that tag only", () => {
    const issues = daily(2 * site.feedSize + 2, (age) => (age % 2 === 1 ? ["Rust"] : []));
    const rust = plan(issues).issuesOf({ path: "/zh-tw/tags/rust/feed.xml", format: "atom", lang: "zh-tw", tag: "rust" });
    expect(rust).toEqual(issues.filter((_, age) => age % 2 === 1).slice(0, site.feedSize));
  });

  it("throws naming the feed's path for a tag the language does not have", () => {
    const feeds = plan([makeIssue({ tags: ["Rust"] }), makeIssue({ lang: "en" })]);
    expect(() => feeds.issuesOf({ path: "/en/tags/rust/feed.xml", format: "atom", lang: "en", tag: "rust" })).toThrow(
      '/en/tags/rust/feed.xml: no tag "rust" in en',
    );
  });
});

describe("carried", () => {
  it("holds each issue some feed carries once, older issues only a tag's feed carries included", () => {
    const issues = daily(site.feedSize + 3, (age) => (age === site.feedSize + 1 ? ["Go"] : ["Rust"]));
    const carried = plan(issues).carried();
    expect(carried.size).toBe(site.feedSize + 1);
    expect([...carried]).toEqual(expect.arrayContaining([...issues.slice(0, site.feedSize), issues[site.feedSize + 1]]));
    expect(carried.has(issues[site.feedSize] as Issue)).toBe(false);
  });
});
