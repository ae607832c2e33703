import { describe, expect, it } from "vitest";
import { tagPageRefs, tagsView, tagView } from "../../../src/views/pages/tagPages.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

// test/views/pages/tagPages.test.ts builds a site with these pages; this file checks their views alone.
const ORIGIN = "https://weekly.example.org/weekly";
const SOFTWARE = "/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/";
const older = makeIssue({ name: "www-0x01", date: "2020-01-25T00:00:00+08:00", tags: ["Rust", "軟體工程"] });
const newer = makeIssue({ name: "www-0x02", date: "2020-02-01T00:00:00+08:00", tags: ["rust"] });
const english = makeIssue({ lang: "en", name: "www-0x02", date: "2020-02-01T00:00:00+08:00", tags: ["Rust", "C#"] });
const model = await makeModel([older, newer, english], { pathPrefix: "/weekly/" });

describe("tagPageRefs", () => {
  it("names one page per tag and language", () => {
    expect(tagPageRefs(model.tags)).toEqual([
      { lang: "zh-tw", slug: "rust", path: "/zh-tw/tags/rust/" },
      { lang: "zh-tw", slug: "軟體工程", path: "/zh-tw/tags/軟體工程/" },
      { lang: "en", slug: "c-sharp", path: "/en/tags/c-sharp/" },
      { lang: "en", slug: "rust", path: "/en/tags/rust/" },
    ]);
  });
});

describe("a language's tags page", () => {
  it("lists its tags, the most used first, each with its count and an encoded link", () => {
    const view = tagsView(model, "zh-tw");
    expect(view).toMatchObject({ path: "/zh-tw/tags/", heading: "所有標籤", empty: "還沒有標籤。" });
    expect(view.tags).toEqual([
      { label: "Rust", href: "/weekly/zh-tw/tags/rust/", count: "2 期" },
      { label: "軟體工程", href: SOFTWARE, count: "1 期" },
    ]);
    expect(view.frame.nav.find((item) => item.current)?.href).toBe("/weekly/zh-tw/tags/");
    expect(view.frame.alternates.map((alternate) => alternate.hreflang)).toEqual(["zh-TW", "en", "x-default"]);
  });

  it("lists nothing, with its empty text, in a language without tags", async () => {
    const view = tagsView(await makeModel([makeIssue({ lang: "en" })]), "en");
    expect(view.tags).toEqual([]);
    expect(view.empty).toBe("No tags yet.");
  });
});

describe("a tag's page", () => {
  it("lists the tag's issues newest first, headed and counted in its language", () => {
    const view = tagView(model, { lang: "zh-tw", slug: "rust", path: "/zh-tw/tags/rust/" });
    expect(view.heading).toBe("標籤：Rust");
    expect(view.count).toBe("共 2 期");
    expect(view.issues.map((card) => card.href)).toEqual(["/weekly/zh-tw/issues/www-0x02/", "/weekly/zh-tw/issues/www-0x01/"]);
    expect(view.frame.title).toBe("標籤：Rust | WWW 週報");
  });

  it("advertises its own feed first", () => {
    const view = tagView(model, { lang: "zh-tw", slug: "軟體工程", path: "/zh-tw/tags/軟體工程/" });
    expect(view.feed).toEqual({ type: "application/atom+xml", href: `${SOFTWARE}feed.xml`, title: "WWW 週報：軟體工程" });
    expect(view.frame.feeds[0]).toEqual(view.feed);
  });

  it("has a version in each language that has the tag, and switches language to it", () => {
    const { frame } = tagView(model, { lang: "en", slug: "rust", path: "/en/tags/rust/" });
    expect(frame.alternates).toEqual([
      { hreflang: "zh-TW", href: `${ORIGIN}/zh-tw/tags/rust/` },
      { hreflang: "en", href: `${ORIGIN}/en/tags/rust/` },
      { hreflang: "x-default", href: `${ORIGIN}/zh-tw/tags/rust/` },
    ]);
    expect(frame.languageSwitch.href).toBe("/weekly/zh-tw/tags/rust/");
  });

  it("has no version in a language without the tag, and switches to that language's home", () => {
    const { frame } = tagView(model, { lang: "zh-tw", slug: "軟體工程", path: "/zh-tw/tags/軟體工程/" });
    expect(frame.alternates.map((alternate) => alternate.hreflang)).toEqual(["zh-TW", "x-default"]);
    expect(frame.languageSwitch.href).toBe("/weekly/en/");
  });

  it("throws naming the page's path for a tag the language does not have", () => {
    expect(() => tagView(model, { lang: "en", slug: "軟體工程", path: "/en/tags/軟體工程/" })).toThrow(
      '/en/tags/軟體工程/: no tag "軟體工程" in en',
    );
  });
});
