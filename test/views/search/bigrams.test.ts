import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cjkBigrams, cjkCharacters, withoutCjk } from "../../../src/views/search/bigrams.ts";
import { projectRoot } from "../../support/buildSite.ts";

// The page's own script, as the browser runs it: the query side of the same rule.
const { queryTerms } = (await import(pathToFileURL(join(projectRoot, "assets/search.js")).href)) as { queryTerms: (query: string) => string };

describe("CJK bigrams, indexed and queried alike", () => {
  it("gives each pair of neighbouring characters of a run as one ASCII term", () => {
    expect(cjkBigrams("資料庫")).toHaveLength(2);
    expect(cjkBigrams("資料")).toEqual(["b0rt30k2h"]);
  });

  it("breaks runs at Latin text, digits, spaces and punctuation, and leaves single characters out", () => {
    expect(cjkBigrams("用 Rust 寫的")).toEqual(cjkBigrams("寫的"));
    expect(cjkBigrams("容器，映像檔")).toEqual([...cjkBigrams("容器"), ...cjkBigrams("映像檔")]);
    expect(cjkBigrams("A 字 B")).toEqual([]);
    expect(cjkBigrams("plain English")).toEqual([]);
  });

  it("gives each CJK character once, as its own ASCII term, and leaves the rest of the text as words", () => {
    expect(cjkCharacters("網")).toEqual(["u0otu"]);
    expect(cjkCharacters("網路，網站 web")).toEqual([...cjkCharacters("網"), ...cjkCharacters("路"), ...cjkCharacters("站")]);
    expect(withoutCjk("用Rust寫的 Helm chart，好")).toBe("Rust Helm chart");
  });

  it("turns a query into the index's terms: a CJK run as the phrase of its bigrams, the rest as typed", () => {
    expect(queryTerms("資料庫")).toBe(`"${cjkBigrams("資料庫").join(" ")}"`);
    expect(queryTerms("Docker容器")).toBe(`Docker "${cjkBigrams("容器").join(" ")}"`);
    expect(queryTerms("  容器   image ")).toBe(`"${cjkBigrams("容器").join(" ")}" image`);
    expect(queryTerms("網")).toBe(cjkCharacters("網")[0]);
    expect(queryTerms("網 web")).toBe(`${cjkCharacters("網")[0]} web`);
  });

  it("finds every substring of a text: a query's phrase is a run of the text's terms, in order", () => {
    const text = "這週的主題是容器映像檔：怎麼讓它「更小、更安全」，以及 Helm chart 裡那些大括號到底在做什麼。𠀋𠀍好";
    const indexed = ` ${cjkBigrams(text).join(" ")} `;
    const chars = [...text];
    for (let start = 0; start < chars.length; start++) {
      for (let length = 2; length <= 4 && start + length <= chars.length; length++) {
        const word = chars.slice(start, start + length).join("");
        if (!/^\p{Script=Han}+$/u.test(word)) continue;
        expect(indexed.includes(` ${queryTerms(word).replaceAll('"', "")} `), word).toBe(true);
      }
    }
  });
});
