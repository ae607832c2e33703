import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../../src/content/frontMatter/block.ts";
import { grayMatterOptions } from "../../../src/content/frontMatter/yaml.ts";

// Files whose front matter gray-matter cuts in different ways; the shortcut must agree on each.
const FILES: Record<string, string> = {
  plain: "---\ntitle: WWW 0x02\ndate: 2020-02-01T00:00:11+08:00\ntags: [Weekly, Rust]\n---\n\n## Body\n\ntext\n",
  "CRLF line ends": "---\r\ntitle: a\r\n---\r\n\r\nbody\r\n",
  "a language after the opening delimiter": "---yaml\ntitle: a\n---\nbody\n",
  "an empty block": "---\n---\nbody\n",
  "only comments in the block": "---\n# nothing\n---\nbody\n",
  "a rule in the body": "---\ntitle: a\n---\nabove\n\n---\n\nbelow\n",
  "text after the closing delimiter": "---\ntitle: a\n---after\nbody\n",
  "a longer closing line": "---\ntitle: a\n-----\nbody\n",
  "no body": "---\ntitle: a\n---",
  "no closing delimiter": "---\ntitle: a\nbody\n",
  "no front matter": "# Title\n\nbody\n",
  "four dashes first": "----\ntitle: a\n---\nbody\n",
  "a byte-order mark": "\uFEFF---\ntitle: a\n---\nbody\n",
  "Chinese text": "---\ntitle: 第二期：容器\ntags: [軟體工程]\n---\n這是**重點**。\n",
};

/** Data and body, or the error's message: a file gray-matter refuses must be refused alike. */
function outcome(read: () => { data: unknown; content: string }) {
  try {
    const { data, content } = read();
    return { data, content };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe("parseFrontMatter", () => {
  for (const [name, text] of Object.entries(FILES)) {
    it(`reads ${name} as gray-matter reads the whole file`, () => {
      const bytes = Buffer.from(text);
      expect(outcome(() => parseFrontMatter(bytes.toString("utf8")))).toEqual(outcome(() => matter(bytes, { ...grayMatterOptions })));
    });
  }

  // readIssue.ts takes the body's bytes from the end of the file on this promise.
  it("leaves every body as the end of its file's text", () => {
    for (const text of Object.values(FILES)) {
      const parsed = outcome(() => parseFrontMatter(text));
      if (parsed.content !== undefined) expect(text.endsWith(parsed.content), text).toBe(true);
    }
  });

  it("reports a YAML error as gray-matter does", () => {
    expect(() => parseFrontMatter("---\ntitle: [unclosed\n---\nbody\n")).toThrow(/unexpected end|flow collection/);
  });
});
