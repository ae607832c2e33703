import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { hashTree } from "../support/tree.ts";

const front = (fields: string) => `---\ntitle: "WWW 0x01: 第一期"\n${fields}\n---\n\n`;
const dated = (tags = "[Weekly, Rust]") => front(`date: 2020-02-01T00:00:11+08:00\ntags: ${tags}`);

/** Issues with every warning `npm run check` gives, and nothing the build refuses. */
const WARNINGS = {
  "zh-tw/issues/www-0x01.md": `${dated()}前言。\n\n#### 跳過一層\n\n![](/assets/favicon.svg)\n\n[官方文件]()\n\n## [Rust](https://www.rust-lang.org/)\n\n再一次：[Rust](https://www.rust-lang.org/)。\n`,
  "en/issues/www-0x01.md": `${front("date: 2020-02-02T00:00:11+08:00\ntags: [Weekly, Go]")}Intro.\n`,
  "zh-tw/www-0x02.md": `${dated()}放錯資料夾。\n`,
};

/** Issues with every error, one a file, each file as its problem needs it. */
const ERRORS = {
  "zh-tw/issues/www-0x02.md": `${front("date: 2020-02-30")}正文。\n`,
  "zh-tw/issues/www-0x03.md": `${dated()}前言。\n\n{% qa "何謂 Distroless" %}\n答案。\n`,
  "zh-tw/issues/www-0x04.md": `${dated("[C++]")}見 [上一期](/zh-tw/issues/www-0x99/) 與 [下一期](../www-0x98/)。\n\n![架構圖](diagram.png)\n`,
  "zh-tw/issues/www-0x05.md": `${dated()}[](https://example.org/)\n`,
  "zh-tw/issues/www-0x06.md": `${dated('["c plus plus"]')}正文。\n`,
  "zh-tw/issues/index.md": `${dated()}正文。\n`,
};

/** A copy of the project whose issues are `files`, instead of the sample's. */
async function project(files: Record<string, string>): Promise<string> {
  const root = await scratchProject();
  await rm(join(root, "content/zh-tw"), { recursive: true });
  await rm(join(root, "content/en"), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, "content", path)), { recursive: true });
    await writeFile(join(root, "content", path), text);
  }
  return root;
}

const check = (root: string, ...args: string[]) => runScript("check", args, root);

describe("npm run check", () => {
  it("finds nothing in the sample content: no output, exit 0, and writes nothing", async () => {
    const root = await scratchProject();
    const before = await hashTree(root);
    expect(await check(root)).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(await hashTree(root)).toEqual(before);
  });

  it("reports each problem as file:line: message, then a count, and exits 1 on errors", async () => {
    const root = await project({ ...WARNINGS, ...ERRORS });
    const before = await hashTree(root);
    const result = await check(root);
    expect(result.stdout.split("\n")).toEqual([
      "content/en/issues/www-0x01.md:3: warning: date 2020-02-02T00:00:11+08:00 differs from the original's 2020-02-01T00:00:11+08:00 (content/zh-tw/issues/www-0x01.md); give the translation its original's date",
      'content/en/issues/www-0x01.md:4: warning: tags differ from the original\'s (content/zh-tw/issues/www-0x01.md): "Rust" is missing, "Go" is extra; give the translation its original\'s tags',
      'content/zh-tw/issues/index.md:1: the name "index" would hide the issue list; rename the file',
      "content/zh-tw/issues/www-0x01.md:9: warning: heading #### skips a level after the title (the page's h1); make it ##",
      "content/zh-tw/issues/www-0x01.md:11: warning: image /assets/favicon.svg has no alt text; say what it shows between the brackets: ![what it shows](/assets/favicon.svg)",
      'content/zh-tw/issues/www-0x01.md:13: warning: link "官方文件" has no address; write it between the parentheses: [官方文件](https://…), or remove the brackets',
      "content/zh-tw/issues/www-0x01.md:17: warning: https://www.rust-lang.org/ is linked a second time (first on line 15); link each address once",
      'content/zh-tw/issues/www-0x02.md:3: date "2020-02-30" is not a calendar date; write a date such as 2020-02-01 or a date-time with offset such as 2020-02-01T00:00:11+08:00',
      "      | date: 2020-02-30",
      'content/zh-tw/issues/www-0x03.md:9: qa is not closed; end its answer with {% endqa %}: {% qa "何謂 Distroless Image" %} … {% endqa %}',
      '      | {% qa "何謂 Distroless" %}',
      "content/zh-tw/issues/www-0x04.md:7: link to /zh-tw/issues/www-0x99/ leads to no issue: zh-tw has no www-0x99.md; correct the name, or remove the link",
      "content/zh-tw/issues/www-0x04.md:7: link to ../www-0x98/ leads to no issue: zh-tw has no www-0x98.md; correct the name, or remove the link",
      "content/zh-tw/issues/www-0x04.md:9: image diagram.png is not there: no file content/zh-tw/issues/www-0x04/diagram.png; put the image there, or correct its path",
      "content/zh-tw/issues/www-0x05.md:7: link to https://example.org/ has no text; write its text between the brackets: [text](https://example.org/)",
      "      | [](https://example.org/)",
      "content/zh-tw/issues/www-0x06.md:4: " +
        'tag "c plus plus" and tag "C++" (in content/zh-tw/issues/www-0x04.md) are different tags that would share the URL segment "c-plus-plus"; spell them the same way or rename one of them',
      "content/zh-tw/www-0x02.md:1: warning: not published: it is not in zh-tw/issues/; an issue belongs at content/zh-tw/issues/www-0x02.md",
      "8 errors, 7 warnings",
      "",
    ]);
    expect(result).toMatchObject({ code: 1, stderr: "" });
    expect(await hashTree(root)).toEqual(before);
  });

  it("exits 0 on warnings alone, and prints them as one JSON array with --json", async () => {
    const root = await project(WARNINGS);
    const text = await check(root);
    expect(text.code).toBe(0);
    expect(text.stdout.trimEnd().split("\n").at(-1)).toBe("0 errors, 7 warnings");
    const json = await check(root, "--json");
    expect(json.code).toBe(0);
    const entries = JSON.parse(json.stdout) as unknown[];
    expect(entries).toHaveLength(7);
    expect(entries[0]).toEqual({
      file: "content/en/issues/www-0x01.md",
      line: 3,
      severity: "warning",
      message: "date 2020-02-02T00:00:11+08:00 differs from the original's 2020-02-01T00:00:11+08:00 (content/zh-tw/issues/www-0x01.md); give the translation its original's date",
    });
  });

  it("prints errors as JSON too, and exits 1", async () => {
    const root = await project(ERRORS);
    const result = await check(root, "--json");
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { severity: string }[]).map(({ severity }) => severity)).toEqual(Array(8).fill("error"));
  });

  it("checks another folder with --input", async () => {
    const root = await project({});
    await mkdir(join(root, "drafts/zh-tw/issues"), { recursive: true });
    await writeFile(join(root, "drafts/zh-tw/issues/a.md"), `${dated()}### 小節\n`);
    expect((await check(root, "--input=drafts")).stdout).toBe(
      "drafts/zh-tw/issues/a.md:7: warning: heading ### skips a level after the title (the page's h1); make it ##\n0 errors, 1 warning\n",
    );
  });

  it("refuses an unknown flag, a value for --json and a folder that is not there, with exit 2", async () => {
    const root = await scratchProject();
    const cases = [
      [["--jsn"], "npm run check: Unknown option '--jsn'"],
      [["--json=yes"], "npm run check: Option '--json' does not take an argument"],
      [["--input=contnet"], "npm run check: --input=contnet is not a folder; give the folder of issues, such as --input=content"],
    ] as const;
    for (const [args, first] of cases) {
      const result = await check(root, ...args);
      expect(result, args.join(" ")).toMatchObject({ code: 2, stdout: "" });
      expect(result.stderr.split("\n")[0]).toBe(first);
      // A mistaken flag is answered with the valid ones.
      if (args[0] === "--jsn") expect(result.stderr).toContain("--input=<value>");
    }
  });
});
