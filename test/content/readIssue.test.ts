import { describe, expect, it } from "vitest";
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
