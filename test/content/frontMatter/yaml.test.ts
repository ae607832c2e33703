import { describe, expect, it } from "vitest";
import { FrontMatterError } from "../../../src/content/errors.ts";
import { parseFrontMatter } from "../../../src/content/frontMatter/block.ts";
import { parseYaml } from "../../../src/content/frontMatter/yaml.ts";

/** `file:line: message` for the mistake in a file's front matter, the line as the file counts it. */
function mistake(text: string): string {
  try {
    parseFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return `${error.line}: ${error.message}`;
    throw error;
  }
  throw new Error("the front matter was read");
}

const file = (...lines: string[]) => `---\n${lines.join("\n")}\n---\n\nBody.\n`;

describe("a YAML mistake in the front matter", () => {
  it.each([
    [
      "a double quote never closed points at the opening quote, not the end of the block",
      file('title: "[unclosed', "date: 2020-02-01"),
      '2: title: the quoted text is never closed; end it with "',
    ],
    ["a single quote never closed, on the last line", file("date: 2020-02-01", "title: 'abc"), "3: title: the quoted text is never closed; end it with '"],
    ["a quote opened on the line after its key", file("title:", '  "abc', "date: 1"), '3: title: the quoted text is never closed; end it with "'],
    ["an unclosed quote in a file with CRLF line ends", '---\r\ntitle: "abc\r\ndate: 1\r\n---\r\n', '2: title: the quoted text is never closed; end it with "'],
    [
      "a list never closed, keys after it",
      file("title: x", "tags: [a, b", "date: 2020-02-01"),
      "3: tags: the list opened with [ is never closed; end it with ], or put the whole value in quotes if it is text",
    ],
    [
      "a list never closed on the last line",
      file("title: x", "tags: [a, b"),
      "3: tags: the list opened with [ is never closed; end it with ], or put the whole value in quotes if it is text",
    ],
    [
      "a title that YAML reads as a list",
      file("title: [unclosed", "date: 2020-02-01"),
      "2: title: the list opened with [ is never closed; end it with ], or put the whole value in quotes if it is text",
    ],
    [
      "a mapping never closed",
      file("title: x", "meta: {a: 1", "date: 2020-02-01"),
      "3: meta: the mapping opened with { is never closed; end it with }, or put the whole value in quotes if it is text",
    ],
    [
      "a closed list missing a comma",
      file('tags: [a, "b" c]', "date: 1"),
      '2: tags: an entry of the list is not followed by a comma; separate them with commas, and quote an entry whole ("b c", not "b" c)',
    ],
    [
      "a key indented under a value",
      file("title: x", "  date: 2020-02-01"),
      "3: date: this line is indented differently from the entries around it; indent it with spaces as far as the others at its level",
    ],
    [
      "a list item indented less than the one before",
      file("tags:", "  - a", " - b"),
      "4: tags: this line is indented differently from the entries around it; indent it with spaces as far as the others at its level",
    ],
    ["a key written twice", file("title: a", "date: 2020-02-01", "title: b"), "4: title is written twice (first on line 2); keep one of them"],
    ["a nested key written twice", file("title: a", "meta:", "  title: 1", "  title: 2"), "5: title is written twice (first on line 4); keep one of them"],
    [
      "a tab in the indentation",
      file("title: x", "tags:", "\t- a"),
      "4: tags: this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces",
    ],
    ["a control character", file("title: x", "description: a\x01b"), "3: description: contains the character U+0001, which YAML does not allow; remove it"],
    [
      'a value with ": " in it',
      file("title: WWW: 0x02: a", "date: 1"),
      '2: title: ": " in a value starts another key to YAML; put the whole value in quotes: title: "WWW: 0x02: a"',
    ],
    [
      "a value starting with *",
      file("title: *Rust* weekly", "date: 1"),
      '2: title: a value starting with * means something else to YAML; put the whole value in quotes: title: "*Rust* weekly"',
    ],
    [
      "a value starting with !, found by YAML on the next line",
      file("title: !important", "date: 1"),
      '2: title: a value starting with ! means something else to YAML; put the whole value in quotes: title: "!important"',
    ],
    [
      "a value starting with @",
      file("title: @home", "date: 1"),
      '2: title: a value starting with @ means something else to YAML; put the whole value in quotes: title: "@home"',
    ],
    [
      "text after the closing quote",
      file('title: "WWW" 0x02', "date: 1"),
      '2: title: the quotes end before the value does; put the whole value in quotes: title: "\\"WWW\\" 0x02"',
    ],
    [
      "an apostrophe in single quotes",
      file("title: 'It's here'", "date: 1"),
      `2: title: the quotes end before the value does; put the whole value in quotes: title: "It's here"`,
    ],
    [
      "a backslash in double quotes",
      file('title: "C:\\Users"'),
      '2: title: "\\U" starts an escape in double quotes; write \\\\ for a backslash, or put the value in single quotes',
    ],
    ["a key without its colon", file("title x", "date: 2020-02-01"), '2: this line is not "key: value"; write the key, a colon and a space before the value'],
    ["a last key without its colon", file("title: a", "date 2020-02-01"), '3: this line is not "key: value"; write the key, a colon and a space before the value'],
    ["a colon without a space", file("title:a", "date: 1"), '2: this line is not "key: value"; write a space after the colon'],
    ["a document end inside the block", file("title: a", "...", "b: 1"), "3: a line starting with ... ends the YAML before the front matter does; remove it"],
    ["a list instead of keys", file("- a", "- b"), "2: front matter is not a list of keys; write each field as key: value, such as title: …"],
  ])("%s", (_name, text, expected) => {
    expect(mistake(text)).toBe(expected);
  });

  it("is a line of the block, whatever js-yaml's mark says", () => {
    for (const text of [file("a: [", "", ""), file("a: '", "", ""), file("? [a")]) {
      const line = Number(mistake(text).split(":")[0]);
      expect(line).toBeGreaterThanOrEqual(1);
      expect(line).toBeLessThanOrEqual(text.split("\n").length);
    }
  });
});

describe("parseYaml", () => {
  it("reads an empty block as no fields", () => {
    expect(parseYaml("\n# only a comment\n")).toEqual({});
  });

  it("keeps dates and yes/no as text, for the schema to judge", () => {
    expect(parseYaml("\ndate: 2020-02-30\ndraft: no\n")).toEqual({ date: "2020-02-30", draft: "no" });
  });
});
