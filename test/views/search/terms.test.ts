import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cjkTerm, createIndexTerms, matchesAsPrefix, queryTerms } from "../../../src/views/search/terms.ts";
import { visibleText } from "../../../src/views/search/text.ts";

const { ofText: indexTerms, ofHtml: htmlTerms } = createIndexTerms();
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

  it("reads an issue's HTML as a reader sees its text: inline tags join, blocks cut, entities decoded, comments dropped", () => {
    expect(shown(htmlTerms("<p>用<strong>容器</strong>化，<code>grep</code>快</p><p>網<em>路</em></p><ul><li>一</li><li>二</li></ul>"))).toEqual(
      ["用容", "容器", "器化", "化", "grep", "快", "網路", "路", "一", "二"],
    );
    expect(shown(htmlTerms("<p>a&amp;b &lt;c&gt; &#x4E2D;&#25991; con<!-- x -->tainers &nbsp;&bogus;</p>"))).toEqual(["a", "b", "c", "中文", "文", "contain", "bogu"]);
  });

  it("gives an issue's HTML the terms of the text a reader sees in it (text.ts), whatever the markup", () => {
    // HTML as markdown-it writes it: a "<" only opens a tag or a comment (in text it is "&lt;").
    const piece = fc.oneof(
      fc.constantFrom("<p>", "</p>", "<strong>", "</strong>", "<a href=\"x>y\">", "</a>", "<br>", "<h2 id=\"t\">", "</h2>", "<!-- c -->", "<!--", "-->", ">", "</x1>"),
      fc.constantFrom("&amp;", "&lt;", "&#x4E2D;", "&#25991;", "&nbsp;", "&quot;", "&bogus;", "&", "&#;", "&#x1F600;"),
      fc.constantFrom("容器", "資料庫", "網", "𠀋", "Containers", "Café", "naïve", "C++", "2020", " ", "，", "\n", "é", "\u0301", "\uFE0F", "\uD800"),
      fc.string({ maxLength: 6 }).map((text) => text.replaceAll("<", "")),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join("");
        expect(htmlTerms(html)).toEqual(indexTerms(visibleText(html)));
      }),
      { numRuns: 2000 },
    );
  });
});
