import { describe, expect, it } from "vitest";
import { cjkTerm, createIndexTerms, matchesAsPrefix, queryTerms } from "../../../src/views/search/terms.ts";

const indexTerms = createIndexTerms();
/** Terms as they read: each CJK one shown as its characters. */
const shown = (terms: string[]) => terms.map((term) => (term.startsWith("~") ? String.fromCodePoint(...term.slice(1).match(/.{5}/g)!.map((hex) => Number.parseInt(hex, 16))) : term));

describe("search terms, indexed and queried by one rule", () => {
  it("indexes each CJK run as its neighbouring pairs and its last character, each term once an issue", () => {
    expect(shown(indexTerms("資料庫"))).toEqual(["資料", "料庫", "庫"]);
    expect(shown(indexTerms("網路，網站，網路"))).toEqual(["網路", "路", "網站", "站"]);
    expect(shown(indexTerms("上網"))).toEqual(["上網", "網"]);
  });

  it("cuts runs at Latin text, digits, spaces and punctuation, so no pair spans them", () => {
    expect(shown(indexTerms("用Rust寫的"))).toEqual(["用", "rust", "寫的", "的"]);
    expect(shown(indexTerms("容器、映像檔 2020年"))).toEqual(["容器", "器", "映像", "像檔", "檔", "2020", "年"]);
  });

  it("lower-cases other words and stems English ones, so a word's forms meet", () => {
    expect(shown(indexTerms("Containers, containing; C++ Node.js"))).toEqual(["contain", "c", "node", "js"]);
    expect(shown(queryTerms("container"))).toEqual(indexTerms("containers"));
    expect(shown(queryTerms("Kubernetes"))).toEqual(["kubernet"]);
    expect(shown(indexTerms("Café naïve"))).toEqual(["café", "naïve"]);
  });

  it("writes a CJK term in ASCII, five hex digits a character after a mark no word holds", () => {
    expect(cjkTerm("資料")).toBe("~08cc706599");
    expect(cjkTerm("𠀋")).toBe("~2000b");
    expect(indexTerms("08cc7065 ~08cc706599")).not.toContain(cjkTerm("資料"));
  });

  it("turns a query's CJK run into its pairs, and a lone character into itself", () => {
    expect(shown(queryTerms("資料庫"))).toEqual(["資料", "料庫"]);
    expect(shown(queryTerms("Docker容器"))).toEqual(["docker", "容器"]);
    expect(shown(queryTerms("網 web"))).toEqual(["網", "web"]);
    expect(shown(queryTerms("  ，。 "))).toEqual([]);
  });

  it("matches a single CJK character, and the last word typed, as the start of the index's terms; never a pair", () => {
    expect(matchesAsPrefix(cjkTerm("網"), 0, [cjkTerm("網"), "web"])).toBe(true);
    expect(matchesAsPrefix(cjkTerm("網路"), 0, [cjkTerm("網路")])).toBe(false);
    expect(matchesAsPrefix("kube", 1, [cjkTerm("網路"), "kube"])).toBe(true);
    expect(matchesAsPrefix("kube", 0, ["kube", "go"])).toBe(false);
    expect(matchesAsPrefix("go", 0, ["go"])).toBe(false);
  });

  it("finds every one-to-four-character word of a text: each query term is a term of the text, or a single character starting one", () => {
    const text = "這週的主題是容器映像檔：怎麼讓它「更小、更安全」，以及 Helm chart 裡那些大括號到底在做什麼。𠀋𠀍好";
    const indexed = indexTerms(text);
    const has = (term: string, i: number, terms: string[]) => (matchesAsPrefix(term, i, terms) ? indexed.some((t) => t.startsWith(term)) : indexed.includes(term));
    const chars = [...text];
    for (let start = 0; start < chars.length; start++) {
      for (let length = 1; length <= 4 && start + length <= chars.length; length++) {
        const word = chars.slice(start, start + length).join("");
        if (!/^\p{Script=Han}+$/u.test(word)) continue;
        expect(queryTerms(word).every(has), word).toBe(true);
      }
    }
  });
});
