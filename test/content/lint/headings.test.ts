import { describe, expect, it } from "vitest";
import { skippedHeadings } from "../../../src/content/lint/headings.ts";
import { parse } from "./parse.ts";

const notes = (markdown: string) => skippedHeadings(parse(markdown), 5);

describe("headings that skip a level", () => {
  it("lets the body start at ## under the title, and go down one level at a time or back up any number", () => {
    expect(notes("## a\n\n### b\n\n#### c\n\n## d\n\n### e\n\nf\n---\n")).toEqual([]);
  });

  it("warns of a heading two levels below the one before, naming both and the level to use", () => {
    expect(notes("## a\n\n#### b\n\n##### c\n")).toEqual([
      { line: 8, message: "heading #### skips a level after the ## heading on line 6; make it ###" },
    ]);
  });

  it("warns of a first heading below ##, since the title is the page's h1", () => {
    expect(notes("intro\n\n### a\n")).toEqual([{ line: 8, message: "heading ### skips a level after the title (the page's h1); make it ##" }]);
  });

  it("reads underlined headings and headings in answers too", () => {
    expect(notes('a\n===\n\n{% qa "Q" %}\n### b\n{% endqa %}\n')).toEqual([
      { line: 10, message: "heading ### skips a level after the # heading on line 6; make it ##" },
    ]);
  });
});
