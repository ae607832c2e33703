import { describe, expect, it } from "vitest";
import { buildFrame } from "../../../src/views/pages/frame.ts";
import { makeModel } from "../../support/issues.ts";

const model = await makeModel([], { pathPrefix: "/weekly/" });
const ORIGIN = "https://weekly.example.org/weekly";
const both = { "zh-tw": "/zh-tw/issues/週報-1/", en: "/en/issues/週報-1/" };
const ENCODED = "%E9%80%B1%E5%A0%B1-1";

describe("a page's frame", () => {
  it("titles the page with the site's name, or the site's name alone", () => {
    expect(buildFrame(model, { lang: "zh-tw", path: "/zh-tw/archive/", title: "歷史期數", versions: {} }).title).toBe("歷史期數 | WWW 週報");
    expect(buildFrame(model, { lang: "en", path: "/en/", versions: {} }).title).toBe("WWW Weekly");
  });

  it("describes the page with the site's description unless given one", () => {
    expect(buildFrame(model, { lang: "en", path: "/en/", versions: {} }).description).toMatch(/^A weekly digest/);
    expect(buildFrame(model, { lang: "en", path: "/en/", versions: {}, description: "One issue." }).description).toBe("One issue.");
  });

  it("gives the canonical URL and each language version as absolute, encoded URLs, x-default on the main language", () => {
    const frame = buildFrame(model, { lang: "en", path: both.en, versions: both });
    expect(frame.canonical).toBe(`${ORIGIN}/en/issues/${ENCODED}/`);
    expect(frame.alternates).toEqual([
      { hreflang: "zh-TW", href: `${ORIGIN}/zh-tw/issues/${ENCODED}/` },
      { hreflang: "en", href: `${ORIGIN}/en/issues/${ENCODED}/` },
      { hreflang: "x-default", href: `${ORIGIN}/zh-tw/issues/${ENCODED}/` },
    ]);
  });

  it("points x-default at the only version, or where the page says", () => {
    const only = buildFrame(model, { lang: "en", path: both.en, versions: { en: both.en } });
    expect(only.alternates).toEqual([
      { hreflang: "en", href: `${ORIGIN}/en/issues/${ENCODED}/` },
      { hreflang: "x-default", href: `${ORIGIN}/en/issues/${ENCODED}/` },
    ]);
    const home = buildFrame(model, { lang: "en", path: "/en/", versions: { "zh-tw": "/zh-tw/", en: "/en/" }, defaultPath: "/" });
    expect(home.alternates.at(-1)).toEqual({ hreflang: "x-default", href: `${ORIGIN}/` });
  });

  it("switches language to the page's translation, or else to the other language's home", () => {
    expect(buildFrame(model, { lang: "en", path: both.en, versions: both }).languageSwitch).toEqual({
      href: `/weekly/zh-tw/issues/${ENCODED}/`,
      hreflang: "zh-TW",
      lang: "zh-Hant-TW",
      label: "繁體中文",
    });
    expect(buildFrame(model, { lang: "zh-tw", path: both["zh-tw"], versions: { "zh-tw": both["zh-tw"] } }).languageSwitch).toEqual({
      href: "/weekly/en/",
      hreflang: "en",
      lang: "en",
      label: "English",
    });
  });

  it("marks the navigation item of the page itself as current, and no other", () => {
    const nav = buildFrame(model, { lang: "zh-tw", path: "/zh-tw/archive/", versions: {} }).nav;
    expect(nav).toEqual([
      { href: "/weekly/zh-tw/", label: "首頁", current: false },
      { href: "/weekly/zh-tw/archive/", label: "歷史期數", current: true },
      { href: "/weekly/zh-tw/tags/", label: "標籤", current: false },
      { href: "/weekly/zh-tw/feed.xml", label: "訂閱", current: false },
    ]);
    expect(buildFrame(model, { lang: "en", path: both.en, versions: both }).nav.filter((item) => item.current)).toEqual([]);
  });

  it("advertises the page's own feeds before its language's", () => {
    const own = { type: "application/atom+xml", href: "/weekly/en/tags/rust/feed.xml", title: "WWW Weekly: Rust" };
    const frame = buildFrame(model, { lang: "en", path: "/en/tags/rust/", versions: {}, feeds: [own] });
    expect(frame.feeds.map((feed) => feed.href)).toEqual([own.href, "/weekly/en/feed.xml", "/weekly/en/rss.xml", "/weekly/en/feed.json"]);
  });

  it("links home, the language attributes and the assets under the path prefix", () => {
    const frame = buildFrame(model, { lang: "zh-tw", path: "/zh-tw/", versions: {} });
    expect(frame).toMatchObject({ lang: "zh-tw", htmlLang: "zh-Hant-TW", homeHref: "/weekly/zh-tw/", siteTitle: "WWW 週報" });
    expect(frame.assets).toEqual({
      favicon: "/weekly/assets/favicon.svg",
      stylesheet: "/weekly/assets/site.css",
      videoScript: "/weekly/assets/video.js",
    });
    expect(frame.noindex).toBeUndefined();
  });
});
