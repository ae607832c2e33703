import { describe, expect, it } from "vitest";
import { createIndexTerms, queryTerms } from "../../../src/views/search/terms.ts";

const indexTerms = createIndexTerms();

describe("search terms, indexed and queried by one rule", () => {
  it("indexes each CJK run as its characters and its neighbouring pairs, each term once an issue", () => {
    expect(indexTerms("資料庫")).toEqual(["資", "料", "資料", "庫", "料庫"]);
    expect(indexTerms("網路，網站，網路")).toEqual(["網", "路", "網路", "站", "網站"]);
  });

  it("cuts runs at Latin text, digits, spaces and punctuation, so no pair spans them", () => {
    expect(indexTerms("用Rust寫的")).toEqual(["用", "rust", "寫", "的", "寫的"]);
    expect(indexTerms("容器、映像檔 2020年")).toEqual(["容", "器", "容器", "映", "像", "映像", "檔", "像檔", "2020", "年"]);
  });

  it("lower-cases other words and stems English ones, so a word's forms meet", () => {
    expect(indexTerms("Containers, containing; C++ Node.js")).toEqual(["contain", "c", "node", "js"]);
    expect(queryTerms("container")).toEqual(indexTerms("containers"));
    expect(queryTerms("Kubernetes")).toEqual(["kubernet"]);
    expect(indexTerms("Café naïve")).toEqual(["café", "naïve"]);
  });

  it("turns a query's CJK run into its pairs, and a lone character into itself", () => {
    expect(queryTerms("資料庫")).toEqual(["資料", "料庫"]);
    expect(queryTerms("Docker容器")).toEqual(["docker", "容器"]);
    expect(queryTerms("網 web")).toEqual(["網", "web"]);
    expect(queryTerms("  ，。 ")).toEqual([]);
  });

  it("finds every two-to-four-character word of a text: a query's terms are all among the text's", () => {
    const text = "這週的主題是容器映像檔：怎麼讓它「更小、更安全」，以及 Helm chart 裡那些大括號到底在做什麼。𠀋𠀍好";
    const indexed = new Set(indexTerms(text));
    const chars = [...text];
    for (let start = 0; start < chars.length; start++) {
      for (let length = 1; length <= 4 && start + length <= chars.length; length++) {
        const word = chars.slice(start, start + length).join("");
        if (!/^\p{Script=Han}+$/u.test(word)) continue;
        expect(queryTerms(word).every((term) => indexed.has(term)), word).toBe(true);
      }
    }
  });
});
