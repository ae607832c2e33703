import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildSite, issue } from "../support/buildSite.ts";

const ORIGIN = "https://weekly.example.org";

describe("a bilingual site", async () => {
  const site = await buildSite({
    files: {
      "zh-tw/issues/cjk.md": issue(
        { title: '"CJK 排版"', date: "2020-02-15" },
        "這是**「重點」**文字，\n換行不會變成空格。\nLatin words\nkeep their space.\n",
      ),
    },
  });
  const page = async (path: string) => cheerio.load(await site.read(path));
  const alternates = ($: cheerio.CheerioAPI) =>
    Object.fromEntries(
      $('head link[rel="alternate"][hreflang]')
        .map((_, e) => [[$(e).attr("hreflang"), $(e).attr("href")]])
        .get(),
    );
  const languageSwitch = ($: cheerio.CheerioAPI) => {
    const a = $("a.lang-switch");
    return { href: a.attr("href"), hreflang: a.attr("hreflang"), lang: a.attr("lang"), text: a.text() };
  };

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  describe("a translated issue", () => {
    it("switches to its translation, in each direction", async () => {
      expect(languageSwitch(await page("zh-tw/issues/www-0x02/index.html"))).toEqual({
        href: "/en/issues/www-0x02/",
        hreflang: "en",
        lang: "en",
        text: "English",
      });
      expect(languageSwitch(await page("en/issues/www-0x02/index.html"))).toEqual({
        href: "/zh-tw/issues/www-0x02/",
        hreflang: "zh-TW",
        lang: "zh-Hant-TW",
        text: "繁體中文",
      });
    });

    it("lists both versions and x-default in <head>", async () => {
      const expected = {
        "zh-TW": `${ORIGIN}/zh-tw/issues/www-0x02/`,
        en: `${ORIGIN}/en/issues/www-0x02/`,
        "x-default": `${ORIGIN}/zh-tw/issues/www-0x02/`,
      };
      expect(alternates(await page("zh-tw/issues/www-0x02/index.html"))).toEqual(expected);
      expect(alternates(await page("en/issues/www-0x02/index.html"))).toEqual(expected);
    });

    it("is written in each page's language", async () => {
      const en = await page("en/issues/www-0x02/index.html");
      expect(en("html").attr("lang")).toBe("en");
      expect(en(".issue-header time").text()).toBe("February 1, 2020");
      expect(en(".issue-header .meta").text()).toMatch(/\d+ min read/);
      expect(en(".site-header nav").text()).toContain("Archive");
    });
  });

  describe("an untranslated issue", () => {
    it("switches to the other language's home", async () => {
      expect(languageSwitch(await page("zh-tw/issues/www-0x01/index.html")).href).toBe("/en/");
      expect(languageSwitch(await page("en/issues/hello-world/index.html")).href).toBe("/zh-tw/");
    });

    it("lists only itself and x-default", async () => {
      expect(alternates(await page("en/issues/hello-world/index.html"))).toEqual({
        en: `${ORIGIN}/en/issues/hello-world/`,
        "x-default": `${ORIGIN}/en/issues/hello-world/`,
      });
    });
  });

  it("keeps previous and next within one language", async () => {
    const $ = await page("en/issues/www-0x02/index.html");
    expect($("a[rel=next]").attr("href")).toBe("/en/issues/hello-world/");
    expect($("a[rel=prev]")).toHaveLength(0);
  });

  it("lists each language's own issues on its home page", async () => {
    const zh = await page("zh-tw/index.html");
    const en = await page("en/index.html");
    expect(zh(".card a").map((_, a) => zh(a).attr("href")).get().every((href) => href.startsWith("/zh-tw/"))).toBe(true);
    expect(en(".card-title").map((_, e) => en(e).text()).get()).toEqual([
      "WWW 0x04: Distroless in questions",
      "Hello, world: why this weekly has an English edition",
      "WWW 0x02: Distroless Docker for distressed human",
    ]);
    expect(alternates(en)).toEqual({ "zh-TW": `${ORIGIN}/zh-tw/`, en: `${ORIGIN}/en/`, "x-default": `${ORIGIN}/` });
  });

  it("lists every issue in the English archive, marking untranslated ones as Chinese", async () => {
    const $ = await page("en/archive/index.html");
    const cards = $(".card")
      .map((_, card) => ({
        href: $(card).find(".card-title a").attr("href"),
        lang: $(card).attr("lang"),
        hreflang: $(card).find(".card-title a").attr("hreflang"),
        mark: $(card).find(".foreign").text(),
        markLang: $(card).find(".foreign").attr("lang"),
      }))
      .get();
    expect(cards.map((card) => card.href)).toEqual([
      "/en/issues/www-0x04/",
      "/zh-tw/issues/cjk/",
      "/en/issues/hello-world/",
      "/zh-tw/issues/www-0x03/",
      "/en/issues/www-0x02/",
      "/zh-tw/issues/www-0x01/",
    ]);
    expect(cards[1]).toEqual({ href: "/zh-tw/issues/cjk/", lang: "zh-Hant-TW", hreflang: "zh-TW", mark: "Chinese", markLang: "en" });
    expect(cards[4]?.lang).toBeUndefined();
  });

  it("lists English-only issues in the Chinese archive, marked as English", async () => {
    const $ = await page("zh-tw/archive/index.html");
    const card = $(".card").filter((_, c) => $(c).find("a").attr("href") === "/en/issues/hello-world/");
    expect(card.attr("lang")).toBe("en");
    expect(card.find(".foreign").text()).toBe("英文");
  });

  it("serves readers of both languages at the root, without JavaScript", async () => {
    const $ = await page("index.html");
    // JSON-LD (the WebSite, for search engines) is a data block: it runs nothing.
    expect($("script:not([type='application/ld+json'])")).toHaveLength(0);
    expect($("script[type='application/ld+json']")).toHaveLength(1);
    expect(alternates($)).toEqual({ "zh-TW": `${ORIGIN}/zh-tw/`, en: `${ORIGIN}/en/`, "x-default": `${ORIGIN}/` });
    const sections = $("section.language").map((_, s) => ({ lang: $(s).attr("lang"), href: $(s).find("h2 a").attr("href") })).get();
    expect(sections).toEqual([
      { lang: "zh-Hant-TW", href: "/zh-tw/" },
      { lang: "en", href: "/en/" },
    ]);
  });

  it("renders CJK emphasis and line breaks by CJK rules", async () => {
    const $ = await page("zh-tw/issues/cjk/index.html");
    expect($(".issue-body p").html()).toBe(
      // Between 。 and a Latin letter the break stays a space, as CSS Text 3 prescribes.
      "這是<strong>「重點」</strong>文字，換行不會變成空格。\nLatin words\nkeep their space.",
    );
  });

  it("lists every page with its alternates in sitemap.xml", async () => {
    const $ = cheerio.load(await site.read("sitemap.xml"), { xml: true });
    const locs = $("url > loc").map((_, e) => $(e).text()).get();
    for (const path of ["/", "/zh-tw/", "/en/", "/zh-tw/archive/", "/en/archive/", "/en/issues/www-0x02/"]) {
      expect(locs).toContain(`${ORIGIN}${path}`);
    }
    expect(locs).not.toContain(`${ORIGIN}/404.html`);
    const entry = $("url").filter((_, u) => $(u).find("loc").text() === `${ORIGIN}/zh-tw/issues/www-0x02/`);
    expect(entry.find("xhtml\\:link").map((_, l) => $(l).attr("hreflang")).get()).toEqual(["zh-TW", "en", "x-default"]);
    expect(await site.read("robots.txt")).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
  });
});
