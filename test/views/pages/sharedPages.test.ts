import { describe, expect, it } from "vitest";
import { notFoundPath } from "../../../src/core/paths.ts";
import { notFoundView, sharedView } from "../../../src/views/pages/sharedPages.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const ORIGIN = "https://weekly.example.org/weekly";
const chinese = ["01", "02", "03", "04"].map((n) => makeIssue({ name: `www-${n}`, date: `2020-01-${n}T00:00:00+08:00` }));
const english = makeIssue({ lang: "en", name: "www-01", date: "2020-01-01T00:00:00+08:00" });
const model = await makeModel([...chinese, english], { pathPrefix: "/weekly/" });

describe("the site root", () => {
  const view = sharedView(model, "/");

  it("is framed in the main language, canonical at the root, with both homes as alternates", () => {
    expect(view.path).toBe("/");
    expect(view.frame.lang).toBe("zh-tw");
    expect(view.frame.canonical).toBe(`${ORIGIN}/`);
    expect(view.frame.alternates).toEqual([
      { hreflang: "zh-TW", href: `${ORIGIN}/zh-tw/` },
      { hreflang: "en", href: `${ORIGIN}/en/` },
      { hreflang: "x-default", href: `${ORIGIN}/` },
    ]);
  });

  it("gives each language a section in its own words, linking its home and its three newest issues", () => {
    const [zh, en] = view.sections;
    expect(zh).toMatchObject({ lang: "zh-Hant-TW", hreflang: "zh-TW", heading: "WWW 週報", href: "/weekly/zh-tw/", label: "繁體中文" });
    expect(zh?.text).toEqual({ title: "找不到這一頁", body: "這個網址沒有頁面，可能已經移動或刪除。", back: "回到首頁", choose: "選擇語言" });
    expect(zh?.latest.map((card) => card.href)).toEqual(["/weekly/zh-tw/issues/www-04/", "/weekly/zh-tw/issues/www-03/", "/weekly/zh-tw/issues/www-02/"]);
    expect(en).toMatchObject({ lang: "en", hreflang: "en", heading: "WWW Weekly", href: "/weekly/en/", label: "English" });
    expect(en?.text.choose).toBe("Choose a language");
    expect(en?.latest.map((card) => card.href)).toEqual(["/weekly/en/issues/www-01/"]);
  });
});

describe("the 404 page", () => {
  const view = notFoundView(model, notFoundPath);

  it("is titled in the main language and kept out of the index, with no alternates", () => {
    expect(view.frame.title).toBe("找不到這一頁 | WWW 週報");
    expect(view.frame.noindex).toBe(true);
    expect(view.frame.alternates).toEqual([]);
    expect(view.frame.canonical).toBe(`${ORIGIN}/404.html`);
  });

  it("still speaks to readers of both languages", () => {
    expect(view.sections.map((section) => section.text.title)).toEqual(["找不到這一頁", "Page not found"]);
  });
});
