import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finding } from "../../../src/content/lint/finding.ts";
import { lintIssue } from "../../../src/content/lint/lintIssue.ts";
import { createMarkdown } from "../../../src/content/markdown/createMarkdown.ts";
import { readIssue } from "../../../src/content/readIssue.ts";

const md = createMarkdown();
const file = "content/zh-tw/issues/a.md";
const source = (text: string) => ({ file, lang: "zh-tw" as const, name: "a", bytes: Buffer.from(text) });
const root = await mkdtemp(join(tmpdir(), "lint-issue-"));
const lint = (text: string) => lintIssue(source(text), md, { contentDir: join(root, "content"), assetsDir: join(root, "assets") });
const front = "---\ntitle: 第一期\ndate: 2020-02-01\ntags: [Rust]\n---\n";

describe("one issue, checked without rendering", () => {
  it("finds nothing in a clean issue, and gives the issue as the build reads it, its links and field lines", () => {
    const linted = lint(`${front}\n## [Rust](https://www.rust-lang.org/)\n\n正文。\n`);
    expect(linted.findings).toEqual([]);
    expect(linted.issue).toMatchObject({ title: "第一期", tags: ["Rust"], path: "/zh-tw/issues/a/", body: "\n## [Rust](https://www.rust-lang.org/)\n\n正文。\n" });
    expect(linted.links).toEqual([{ href: "https://www.rust-lang.org/", text: "Rust", line: 7 }]);
    expect(linted.fieldLines).toEqual({ date: 3, tags: 4 });
  });

  it("reports readIssue's front-matter problems as errors, with the build's messages and lines", () => {
    const text = "---\ntitle: a\ndate: 2020-02-30\n---\nx\n";
    const expected = readIssue(source(text), () => "").problems!.map((problem) => ({ ...problem, severity: "error" }));
    expect(lint(text).findings).toEqual(expected);
    expect(expected[0]).toMatchObject({ line: 3, message: expect.stringMatching(/^date "2020-02-30" is not a calendar date/) });
  });

  it("reports a markdown error the build would throw on its file line", () => {
    expect(lint(`${front}\n前言。\n\n{% qa "何謂" %}\n答案。\n`).findings).toEqual([
      { file, line: 9, severity: "error", message: expect.stringMatching(/^qa is not closed; end its answer/), source: '{% qa "何謂" %}' },
    ]);
  });

  it("reports each check's findings on their file lines, missing images as errors and the rest as warnings", () => {
    const body = "\n#### 小節\n\n![](missing.png)\n\n[文件]()\n[a](https://a.example/) [b](https://a.example/)\n";
    expect(lint(`${front}${body}`).findings.map(({ line, severity, message }) => `${line} ${severity} ${message.split(";")[0]}`)).toEqual([
      "9 error image missing.png is not there: no file " + join(root, "content/zh-tw/issues/a/missing.png"),
      "7 warning heading #### skips a level after the title (the page's h1)",
      "9 warning image missing.png has no alt text",
      "11 warning link \"文件\" has no address",
      "12 warning https://a.example/ is linked a second time (first on line 12)",
    ]);
  });

  it("counts lines as editors do, whatever the line endings", () => {
    const crlf = lint(`${front}\n前言。\n\n#### 小節\n`.replaceAll("\n", "\r\n"));
    expect(crlf.findings.map(({ line }) => line)).toEqual([9]);
    expect(crlf.fieldLines).toEqual({ date: 3, tags: 4 });
    // A lone \r ends a line too, for markdown-it and for editors.
    expect(lint(`${front}\r前言。\r\r#### 小節\r`).findings.map(({ line }) => line)).toEqual([9]);
  });

  it("checks the body of an issue whose title alone the build refuses", () => {
    const linted = lint(`---\ntitle: ${"長".repeat(80)}\ndate: 2020-02-01\n---\n\n### 小節\n`);
    expect(linted.issue).toBeUndefined();
    expect(linted.findings.map(({ line, severity }) => [line, severity])).toEqual([[2, "error"], [6, "warning"]]);
  });
});

describe("a finding", () => {
  it("puts a problem about a whole file on its line 1", () => {
    expect(finding({ file, message: "m" }, "warning")).toEqual({ file, line: 1, message: "m", severity: "warning" });
  });
});
