import { describe, expect, it } from "vitest";
import { MarkdownSourceError } from "../../src/content/errors.ts";
import { readIssue, type IssueSource } from "../../src/content/readIssue.ts";

const source = (bytes: Buffer): IssueSource => ({ file: "content/zh-tw/issues/a.md", lang: "zh-tw", name: "a", bytes });
const echo = (body: string) => `<p>${body}</p>`;

describe("readIssue", () => {
  it("keeps the markdown after the front matter as the body, and renders it", () => {
    const bytes = Buffer.from("---\ntitle: 第二期\ndate: 2020-02-01\n---\n\n這是**重點**。🦀\n");
    const { issue } = readIssue(source(bytes), echo);
    expect(issue?.body).toBe("\n這是**重點**。🦀\n");
    expect(issue?.html).toBe("<p>\n這是**重點**。🦀\n</p>");
    expect(issue?.path).toBe("/zh-tw/issues/a/");
    expect(issue?.excerpt).toBe("這是**重點**。🦀");
  });

  it("reads bytes that are not valid UTF-8 as U+FFFD", () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: a\ndate: 2020-02-01\n---\nbad "), Buffer.from([0xff]), Buffer.from(" end\n")]);
    const { issue } = readIssue(source(bytes), echo);
    expect(issue?.body).toBe("bad \uFFFD end\n");
    expect(issue?.html).toBe("<p>bad \uFFFD end\n</p>");
  });

  it("names the file and the field's line for a bad field", () => {
    const { problems } = readIssue(source(Buffer.from("---\ntitle: a\ndate: 2020-02-30\n---\nx\n")), echo);
    expect(problems).toEqual([expect.objectContaining({ file: "content/zh-tw/issues/a.md", line: 3, message: expect.stringMatching(/^date "2020-02-30" is not a calendar date/) })]);
  });
});

describe("readIssue's problems", () => {
  const problemsOf = (text: string, render = echo) => readIssue(source(Buffer.from(text)), render).problems;

  it("says a file without front matter has none, rather than that its date is missing", () => {
    expect(problemsOf("# 第二期\n\n正文。\n")).toEqual([
      { file: "content/zh-tw/issues/a.md", line: 1, message: "no front matter; start the file with ---, a title and a date", source: "# 第二期" },
    ]);
  });

  it("points a missing field at the front matter's first line", () => {
    expect(problemsOf("---\ntitle: a\n---\nx\n")).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringMatching(/^date is missing; write a date such as 2020-02-01/) }),
    ]);
  });

  it("finds a field's line in a file with CRLF line ends", () => {
    expect(problemsOf("---\r\ntitle: a\r\ndate: 2020-02-30\r\n---\r\nx\r\n")).toEqual([
      expect.objectContaining({ line: 3, source: "date: 2020-02-30" }),
    ]);
  });

  it("points a YAML mistake at its line and shows the line", () => {
    expect(problemsOf('---\ntitle: "[unclosed\ndate: 2020-02-01\n---\nx\n')).toEqual([
      { file: "content/zh-tw/issues/a.md", line: 2, message: 'title: the quoted text is never closed; end it with "', source: 'title: "[unclosed' },
    ]);
  });

  it("reports a bad title and a mistake in the body together", () => {
    const render = () => {
      throw new MarkdownSourceError("heading has no text; write its text after the ##, or remove the heading", 2);
    };
    expect(problemsOf("---\ntitle: \"a\\tb\"\ndate: 2020-02-01\n---\n\n## \n", render)).toEqual([
      expect.objectContaining({ line: 2, message: "title contains a tab; a title is one line of text: replace the tab with a space" }),
      expect.objectContaining({ line: 6, message: expect.stringMatching(/^heading has no text/), source: "##" }),
    ]);
  });

  it("refuses a title too long for its language's page title", () => {
    const text = `---\ntitle: ${"x".repeat(58)}\ndate: 2020-02-01\n---\nx\n`;
    expect(readIssue({ ...source(Buffer.from(text)), lang: "en" }, echo).problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/^title is 58 characters, too long .* a title in en may have 57; shorten it by 1$/) }),
    ]);
    expect(problemsOf(text)).toBeUndefined();
  });
});
