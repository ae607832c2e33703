import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { FrontMatterError } from "../../../src/content/errors.ts";
import { parseFrontMatter } from "../../../src/content/frontMatter/block.ts";
import { grayMatterOptions } from "../../../src/content/frontMatter/yaml.ts";

// Files whose front matter gray-matter cuts in different ways; the shortcut must agree on each.
const FILES: Record<string, string> = {
  plain: "---\ntitle: WWW 0x02\ndate: 2020-02-01T00:00:11+08:00\ntags: [Weekly, Rust]\n---\n\n## Body\n\ntext\n",
  "CRLF line ends": "---\r\ntitle: a\r\n---\r\n\r\nbody\r\n",
  "YAML named after the opening delimiter": "---yaml\ntitle: a\n---\nbody\n",
  "an empty block": "---\n---\nbody\n",
  "only comments in the block": "---\n# nothing\n---\nbody\n",
  "a rule in the body": "---\ntitle: a\n---\nabove\n\n---\n\nbelow\n",
  "text after the closing delimiter": "---\ntitle: a\n---after\nbody\n",
  "a longer closing line": "---\ntitle: a\n-----\nbody\n",
  "no body": "---\ntitle: a\n---",
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

/** The line and message of the FrontMatterError reading `text` throws. */
function refusal(text: string): { line: number; message: string } {
  try {
    parseFrontMatter(text);
  } catch (error) {
    if (error instanceof FrontMatterError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error("the front matter was read");
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

  it.each([
    ["no front matter", "# Title\n\nbody\n"],
    ["an empty file", ""],
    ["four dashes first", "----\ntitle: a\n---\nbody\n"],
    ["front matter after a blank line", "\n---\ntitle: a\n---\nbody\n"],
  ])("refuses a file with %s, on line 1", (_name, text) => {
    expect(refusal(text)).toEqual({ line: 1, message: "no front matter; start the file with ---, a title and a date" });
  });

  it.each([
    ["no closing delimiter", "---\ntitle: a\nbody\n"],
    ["only the opening delimiter", "---"],
    ["a closing delimiter indented", "---\ntitle: a\n ---\nbody\n"],
  ])("refuses front matter with %s, on line 1", (_name, text) => {
    expect(refusal(text)).toEqual({ line: 1, message: "front matter is not closed; end it with a line of ---" });
  });
});

describe("front matter in another language than YAML", () => {
  // Each block would leave a mark on globalThis if it ran.
  const code = "globalThis.frontMatterRan = true; ({ title: 'a' })";
  it.each([
    ["js", `---js\n${code}\n---\nbody\n`],
    ["javascript", `---javascript\n${code}\n---\nbody\n`],
    ["JS", `---JS\n${code}\n---\nbody\n`],
    ["js", `--- js \r\n${code}\r\n---\r\nbody\r\n`],
    ["js", `\uFEFF---js\n${code}\n---\nbody\n`],
    ["coffee", "---coffee\ntitle: 'a'\n---\nbody\n"],
    ["json", '---json\n{ "title": "a" }\n---\nbody\n'],
    ["toml", '---toml\ntitle = "a"\n---\nbody\n'],
  ])("refuses %s on line 1 and runs none of it", (language, text) => {
    expect(refusal(text)).toEqual({ line: 1, message: `front matter in ${language} is not accepted; write it as YAML between --- lines` });
    expect((globalThis as { frontMatterRan?: boolean }).frontMatterRan).toBeUndefined();
  });

  // Eleventy reads the page templates' front matter with these options: gray-matter's own
  // engines (javascript evals) must not answer for any language but YAML.
  it.each(["js", "javascript", "jsLegacy", "node", "json", "coffee", "cson"])("is refused by gray-matter with our options: %s", (language) => {
    const read = () => matter(`---${language}\n${code}\n---\nbody\n`, { ...grayMatterOptions });
    expect(read).toThrow(/front matter in \w+ is not accepted; write it as YAML between --- lines/);
    expect((globalThis as { frontMatterRan?: boolean }).frontMatterRan).toBeUndefined();
  });

  it("names the template and the line when gray-matter is given its path, as Eleventy does", () => {
    const read = () => matter("---js\n({})\n---\n", { ...grayMatterOptions, filePath: "./layouts/pages/home.njk" } as never);
    expect(read).toThrow("./layouts/pages/home.njk:1: front matter in js is not accepted; write it as YAML between --- lines");
  });
});
