import { describe, expect, it } from "vitest";
import { inlineTokens } from "../../../src/content/lint/tokenLines.ts";
import { parse } from "./parse.ts";

/** Each link's href and the line it is on. */
const linkLines = (markdown: string, offset = 0) =>
  inlineTokens(parse(markdown), offset)
    .filter(({ token }) => token.type === "link_open" || token.type === "image")
    .map(({ token, line }) => [token.attrGet("href") ?? token.attrGet("src"), line]);

describe("the file line of an inline token", () => {
  it("is its block's first line plus the line breaks before it, below the front matter", () => {
    expect(linkLines("[a](a)\n\nx\n[b](b) and\n[c](c)\n", 4)).toEqual([["a", 5], ["b", 8], ["c", 9]]);
  });

  it("counts a break between CJK characters that cjk-breaks turned into text", () => {
    expect(linkLines("中文第一行\n第二行[a](a)\n第三行[b](b)\n")).toEqual([["a", 2], ["b", 3]]);
  });

  it("counts hard breaks, and breaks inside an image's alt text", () => {
    expect(linkLines("x\\\n[a](a) ![two\nlines](i.png)\n[b](b)\n")).toEqual([["a", 2], ["i.png", 2], ["b", 4]]);
  });

  it("finds links in list items, quotes, answers and table cells", () => {
    const body = "- one\n- [a](a)\n\n> [b](b)\n\n{% qa \"Q\" %}\n[c](c)\n{% endqa %}\n\n| h |\n| - |\n| [d](d) |\n";
    expect(linkLines(body)).toEqual([["a", 2], ["b", 4], ["c", 7], ["d", 12]]);
  });
});
