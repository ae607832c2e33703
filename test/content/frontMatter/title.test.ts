import { describe, expect, it } from "vitest";
import { maxTitleLength, titleProblem } from "../../../src/content/frontMatter/title.ts";

describe("a title with characters a page cannot show", () => {
  it.each([
    ["a tab", "WWW\t0x02", "contains a tab; a title is one line of text: replace the tab with a space"],
    ["a line break", "WWW\n0x02", "runs over more than one line; write the title on one line"],
    ["a carriage return", "WWW\r0x02", "runs over more than one line; write the title on one line"],
    ["a C0 control", "WWW\u00010x02", "contains the control character U+0001, which pages do not show; remove it"],
    ["DELETE", "WWW\u007F", "contains the control character U+007F, which pages do not show; remove it"],
    ["a C1 control (next line)", "WWW\u0085", "contains the control character U+0085, which pages do not show; remove it"],
    ["the last C1 control", "WWW\u009F", "contains the control character U+009F, which pages do not show; remove it"],
  ])("refuses %s", (_name, title, message) => {
    expect(titleProblem(title, "en")).toBe(message);
  });

  it("accepts the space-like characters that are not controls", () => {
    for (const title of ["WWW\u00A00x02", "WWW\u200B0x02", "WWW\u30000x02", "🦀 Rust"]) expect(titleProblem(title, "en")).toBeUndefined();
  });
});

describe("a title that changes the direction of the text after it", () => {
  const override = (name: string, char: string, close: string) =>
    `opens ${name} (${char}) and never closes it, so it would turn the text after the title ("| WWW Weekly" in the page title) around as well; close it with ${close} or remove it`;

  it.each([
    ["a right-to-left override", "abc\u202Edef", override("a right-to-left override", "U+202E", "U+202C")],
    ["a left-to-right embedding", "\u202Aabc", override("a left-to-right embedding", "U+202A", "U+202C")],
    ["a right-to-left isolate", "abc\u2067שלום", override("a right-to-left isolate", "U+2067", "U+2069")],
    ["a first-strong isolate", "\u2068abc", override("a first-strong isolate", "U+2068", "U+2069")],
    ["an override closed only inside an isolate", "\u202E\u2066abc\u202C\u2069", override("a right-to-left override", "U+202E", "U+202C")],
    ["an isolate closed by U+202C", "\u2066abc\u202C", override("a left-to-right isolate", "U+2066", "U+2069")],
    ["the second of two overrides", "\u202Ea\u202C\u202Db", override("a left-to-right override", "U+202D", "U+202C")],
  ])("refuses %s", (_name, title, message) => {
    expect(titleProblem(title, "en")).toBe(message);
  });

  it.each([
    ["an override closed", "abc\u202Edef\u202C ghi"],
    ["an isolate closed", "\u2067שלום\u2069 weekly"],
    ["nested controls closed in order", "\u2066a\u202Bb\u202Cc\u2069"],
    ["an embedding inside an isolate, both closed by U+2069", "\u2066a\u202Bb\u2069"],
    ["a closing control with nothing open", "abc\u202C\u2069"],
    ["marks that set no direction beyond themselves", "a\u200Fb\u200Ec\u061C"],
  ])("accepts %s", (_name, title) => {
    expect(titleProblem(title, "en")).toBeUndefined();
  });
});

describe("a title too long for the page title", () => {
  // `<title>` holds `<issue title> | <site title>`: 70 characters at most (html-validate's long-title).
  it("leaves each language what its site title does not take", () => {
    expect(maxTitleLength("en")).toBe(70 - " | WWW Weekly".length);
    expect(maxTitleLength("zh-tw")).toBe(70 - " | WWW 週報".length);
  });

  it.each([
    ["en", "x".repeat(57), "x".repeat(58)],
    ["zh-tw", "字".repeat(61), "字".repeat(62)],
  ] as const)("in %s accepts the longest and refuses one more character", (lang, longest, over) => {
    expect(titleProblem(longest, lang)).toBeUndefined();
    expect(titleProblem(over, lang)).toBe(
      `is ${over.length} characters, too long for the page title "… | ${lang === "en" ? "WWW Weekly" : "WWW 週報"}" (70 at most): ` +
        `a title in ${lang} may have ${longest.length}; shorten it by 1`,
    );
  });

  it("counts what the page writes: & as &amp;, a quote as &quot;, an emoji as two", () => {
    const note = ` (as the page writes it: & < > " ' \\ are 4 to 6 characters there, and most emoji 2)`;
    expect(titleProblem(`${"x".repeat(52)}&`, "en")).toBeUndefined();
    expect(titleProblem(`${"x".repeat(53)}&`, "en")).toBe(
      `is 58 characters${note}, too long for the page title "… | WWW Weekly" (70 at most): a title in en may have 57; shorten it by 1`,
    );
    expect(titleProblem(`${"x".repeat(51)}"`, "en")).toBeUndefined();
    expect(titleProblem(`${"x".repeat(52)}"`, "en")).toMatch(/^is 58 characters/);
    expect(titleProblem(`${"x".repeat(55)}🦀`, "en")).toBeUndefined();
    expect(titleProblem(`${"x".repeat(56)}🦀`, "en")).toMatch(/^is 58 characters \(as the page writes it/);
  });
});
