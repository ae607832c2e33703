import { describe, expect, it } from "vitest";
import * as cheerio from "cheerio";
import { indexDocument } from "../../../src/views/search/indexDocument.ts";

const record = {
  url: "/zh-tw/issues/www-0x02/",
  content: "用 <video> & 容器 b0rt30k2h",
  language: "zh",
  meta: { title: "容器：A, B", tags: JSON.stringify([{ label: "Docker", href: "/zh-tw/tags/docker/" }]) },
  filters: { tag: ["Docker", "軟體工程"] },
};

describe("a record as the page Pagefind indexes", () => {
  const $ = cheerio.load(indexDocument(record));

  it("has the record's content as its only text, in the record's language", () => {
    expect($("html").attr("lang")).toBe("zh");
    expect($("[data-pagefind-body]").text()).toBe(record.content);
  });

  it("hands each meta value and tag through an attribute, commas and colons as they are", () => {
    const values = (kind: string) => $(`[data-pagefind-${kind}]`).map((_, el) => [[$(el).attr(`data-pagefind-${kind}`), $(el).attr("data-value")]]).get();
    expect(values("meta")).toEqual([["title[data-value]", "容器：A, B"], ["tags[data-value]", record.meta.tags]]);
    expect(values("filter")).toEqual([["tag[data-value]", "Docker"], ["tag[data-value]", "軟體工程"]]);
  });
});
