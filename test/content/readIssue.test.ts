import { describe, expect, it } from "vitest";
import { readIssue, type IssueSource } from "../../src/content/readIssue.ts";

const source = (bytes: Buffer): IssueSource => ({ file: "content/zh-tw/issues/a.md", lang: "zh-tw", name: "a", bytes });
const echo = (body: string) => `<p>${body}</p>`;

describe("readIssue's body bytes", () => {
  it("are the end of the file itself, not a copy", () => {
    const bytes = Buffer.from("---\ntitle: 第二期\ndate: 2020-02-01\n---\n\n這是**重點**。🦀\n");
    const { issue } = readIssue(source(bytes), echo);
    expect(issue?.bodyBytes.toString("utf8")).toBe("\n這是**重點**。🦀\n");
    expect(issue?.bodyBytes.buffer).toBe(bytes.buffer);
  });

  it("hold the body as it was read when the file is not valid UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: a\ndate: 2020-02-01\n---\nbad "), Buffer.from([0xff]), Buffer.from(" end\n")]);
    const { issue } = readIssue(source(bytes), echo);
    expect(issue?.bodyBytes.toString("utf8")).toBe("bad \uFFFD end\n");
    expect(issue?.html).toBe("<p>bad \uFFFD end\n</p>");
  });
});
