import { describe, expect, it } from "vitest";
import { tagKey, tagSlug } from "../../../src/model/tags/identity.ts";

describe("tag identity", () => {
  it("makes case, width and invisible-character variants one tag", () => {
    const spellings = ["Rust", "rust", "RUST", "ＲＵＳＴ", "Ru\u200Bst", "\uFEFFRust", "Ru\u00ADst", "Ru\u2060st", " Rust "];
    expect(new Set(spellings.map(tagKey))).toEqual(new Set(["rust"]));
  });

  it("folds case the Unicode way, not only ASCII", () => {
    expect(tagKey("Straße")).toBe(tagKey("STRASSE"));
    expect(tagKey("ΟΔΟΣ")).toBe(tagKey("οδοσ"));
  });

  it("collapses runs of space and drops control characters", () => {
    expect(tagKey("Machine \t  Learning")).toBe("machine learning");
    expect(tagKey("Ru\u0001st")).toBe("rust");
  });

  it("keeps different tags apart", () => {
    expect(tagKey("C++")).not.toBe(tagKey("C#"));
    expect(tagKey("軟體工程")).not.toBe(tagKey("軟體"));
  });
});

describe("tag URL segments", () => {
  const cases: [string, string][] = [
    ["Rust", "rust"],
    ["ＲＵＳＴ", "rust"],
    ["Ru\u200Bst", "rust"],
    ["軟體工程", "軟體工程"],
    ["C++", "c-plus-plus"],
    ["C#", "c-sharp"],
    ["F#", "f-sharp"],
    [".NET", "dot-net"],
    ["ASP.NET", "asp.net"],
    ["Node.js", "node.js"],
    ["Machine Learning", "machine-learning"],
    ["Ｃ＋＋", "c-plus-plus"],
    ["Q&A", "q-and-a"],
    ["CI/CD", "ci-slash-cd"],
    ["100%", "100-percent"],
    ["What?", "what-question"],
    ["don't", "dont"],
    ["🦀 Rust", "🦀-rust"],
    ["...", "dot-dot-dot"],
  ];
  it.each(cases)("%s → %s", (tag, slug) => expect(tagSlug(tag)).toBe(slug));

  it("never makes a hidden folder, a sub-folder, or a raw #, ? or %", () => {
    const tags = [".NET", "..", "a/b", "#hash", "?q", "50%", "~user", "a\\b", ".", "-x-", "「引號」", "C++/CLI"];
    for (const tag of tags) {
      const slug = tagSlug(tag);
      expect(slug, tag).not.toMatch(/^\.|[/\\#?%]|^-|-$/);
      expect(slug, tag).not.toBe("");
    }
  });

  it("is a pure function of the tag: spellings of one tag share a segment", () => {
    expect(new Set(["Rust", "rust", "ＲＵＳＴ", "Ru\u200Bst"].map(tagSlug))).toEqual(new Set(["rust"]));
    expect(tagSlug("C++")).not.toBe(tagSlug("C#"));
  });

  it("has nothing to offer for a tag of invisible characters only", () => {
    expect(tagSlug("\u200B\u200B")).toBe("");
  });
});
