import { describe, expect, it } from "vitest";
import { issueView } from "../../../src/views/pages/issuePage.ts";
import { searchView } from "../../../src/views/pages/searchPage.ts";
import { tagsView } from "../../../src/views/pages/tagPages.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const zh = makeIssue({ name: "www-0x01", tags: ["Rust", "軟體工程"] });
const en = makeIssue({ lang: "en", name: "www-0x01", tags: ["Rust"] });
const model = await makeModel([zh, en], { pathPrefix: "/weekly/" });

describe("the search page", () => {
  it("is a GET form to itself under the path prefix, with a tag filter of its language's tags", () => {
    const view = searchView(model, "zh-tw");
    expect(view.path).toBe("/zh-tw/search/");
    expect(view.form).toEqual({ action: "/weekly/zh-tw/search/", label: "搜尋週報", submit: "搜尋" });
    expect(view.filter).toEqual({ label: "依標籤篩選", all: "全部標籤", tags: ["Rust", "軟體工程"] });
    expect(view.index).toBe("/weekly/zh-tw/search/index.json");
    expect(view.script).toBe("/weekly/assets/search.js");
    expect(view.elsewhere.map((link) => link.href)).toEqual(["/weekly/zh-tw/archive/", "/weekly/zh-tw/tags/"]);
  });

  it("hands the script its words with their placeholders left for it to fill", () => {
    const strings = Object.fromEntries(searchView(model, "en").strings.map((s) => [s.name, s.value]));
    expect(strings).toMatchObject({ count: "Issues found: {count}", none: "No issue mentions “{query}”." });
  });

  it("runs only the site's own script and fetches only from the site, as every page; every page may submit a form to the site itself", () => {
    const search = searchView(model, "en").frame.csp;
    expect(search).toContain("script-src 'self';");
    expect(search).toContain("connect-src 'self';");
    for (const csp of [search, issueView(model, zh).frame.csp, tagsView(model, "zh-tw").frame.csp]) {
      expect(csp).not.toContain("unsafe");
      expect(csp).toContain("form-action 'self'");
    }
  });

  it("has the header's search box on every page but itself", () => {
    expect(issueView(model, en).frame.search).toEqual({ action: "/weekly/en/search/", label: "Search the weekly", submit: "Search" });
    expect(tagsView(model, "zh-tw").frame.search?.action).toBe("/weekly/zh-tw/search/");
    expect(searchView(model, "zh-tw").frame.search).toBeUndefined();
  });
});
