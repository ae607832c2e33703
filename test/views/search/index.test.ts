import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { engineOptions } from "../../../src/views/search/engine.ts";
import { searchIndexJson } from "../../../src/views/search/index.ts";
import type { SearchSource } from "../../../src/views/search/records.ts";

const source = (title: string, html: string, tags: string[] = []): SearchSource => ({
  url: `/zh-tw/issues/${title}/`,
  title,
  date: "2020年2月1日",
  datetime: "2020-02-01T00:00:00+08:00",
  tags: tags.map((label) => ({ label, href: `/zh-tw/tags/${label}/` })),
  html,
});

const sources = [
  source("容器", "<p>這週談<strong>容器</strong>映像檔。</p>", ["軟體工程"]),
  source("資料", "<p>分散式資料庫與 <code>Containers</code>。</p><p>Kubernetes 設定</p>"),
  source("其他", "<p>資料一份，料庫存。</p>"),
];
const json = searchIndexJson(sources);
// As the search page loads it (assets/search/search.js).
const index = MiniSearch.loadJSON(json, engineOptions);
const titles = (query: string) => index.search(query).map((result) => result.title as string);

describe("a language's search index", () => {
  it("finds an issue by a word of its rendered body, across inline markup", () => {
    expect(titles("容器映像")).toEqual(["容器"]);
    expect(titles("分散式")).toEqual(["資料"]);
  });

  it("finds every issue with a word's pairs, an issue holding them apart too", () => {
    expect(titles("資料庫").sort()).toEqual(["其他", "資料"]);
  });

  it("stems English, matches the last word typed as a prefix, and finds a tag by its name", () => {
    expect(titles("container")).toEqual(["資料"]);
    expect(titles("kubern")).toEqual(["資料"]);
    expect(titles("軟體工程")).toEqual(["容器"]);
  });

  it("needs every term of the query", () => {
    expect(titles("容器 kubernetes")).toEqual([]);
  });

  it("ranks a hit in the title first", () => {
    expect(titles("資料")[0]).toBe("資料");
  });

  it("stores what a result shows, and not the body, which the page's excerpt fetches", () => {
    const [first] = index.search("容器");
    expect(first).toMatchObject({ url: "/zh-tw/issues/容器/", title: "容器", date: "2020年2月1日", datetime: "2020-02-01T00:00:00+08:00", tags: [{ label: "軟體工程", href: "/zh-tw/tags/軟體工程/" }] });
    expect(json).not.toContain("這週談");
  });

  it("is the same bytes for the same issues", () => {
    expect(searchIndexJson(sources)).toBe(json);
  });
});
