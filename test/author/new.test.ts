import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { hashTree } from "../support/tree.ts";

const issue = (title: string) => `---\ntitle: "${title}"\ndate: 2026-11-28T00:00:00+08:00\ntags: [Rust, 軟體工程]\n---\n\n正文。\n`;

/** A project copy whose issues are a series with a gap, a file outside it and an English-only issue. */
async function seriesProject(): Promise<string> {
  const root = await scratchProject();
  await rm(join(root, "content/zh-tw/issues"), { recursive: true });
  await rm(join(root, "content/en/issues"), { recursive: true });
  const files = {
    "zh-tw/issues/www-0x01.md": issue("WWW 0x01: 第一期"),
    "zh-tw/issues/www-0x03.md": issue("WWW 0x03: 第三期"),
    "zh-tw/issues/www-0x17.md": issue("WWW 0x17: Distroless Docker for distressed human"),
    "zh-tw/issues/about-us.md": issue("關於我們"),
    "en/issues/english-only.md": issue("Only in English"),
  };
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, "content", path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  return root;
}

const newIssue = (root: string, ...args: string[]) => runScript("new", args, root);

describe("npm run new", () => {
  it("creates the next issue of the series as a draft from the template, and prints its path", async () => {
    const root = await seriesProject();
    const result = await newIssue(root, "--date=2026-12-05");
    expect(result).toMatchObject({ code: 0, stdout: "content/zh-tw/issues/www-0x18.md\n", stderr: "" });
    expect(await readFile(join(root, "content/zh-tw/issues/www-0x18.md"), "utf8")).toBe(
      '---\ntitle: "WWW 0x18: "\ndate: 2026-12-05T00:00:00+08:00\ntags: []\ndraft: true\n---\n\n' +
        "這裡是 WWW 第貳拾肆期，每週整理軟體工程、DevOps 與 Rust 的好文章與演講。\n\n## [文章或演講的標題](https://example.org/)\n\n為什麼值得讀：一兩段評論。\n",
    );
  });

  it("dates the issue today in the site's time zone by default, and run again creates the one after", async () => {
    const root = await seriesProject();
    await newIssue(root);
    const today = DateTime.now().setZone("Asia/Taipei").startOf("day").toISO({ suppressMilliseconds: true });
    expect(await readFile(join(root, "content/zh-tw/issues/www-0x18.md"), "utf8")).toContain(`\ndate: ${today}\n`);
    expect((await newIssue(root)).stdout).toBe("content/zh-tw/issues/www-0x19.md\n");
  });

  it("creates a translation with the original's title, body, date and tags, as a draft", async () => {
    const root = await seriesProject();
    const result = await newIssue(root, "--translate", "www-0x17");
    expect(result).toMatchObject({ code: 0, stdout: "content/en/issues/www-0x17.md\n" });
    expect(await readFile(join(root, "content/en/issues/www-0x17.md"), "utf8")).toBe(
      '---\ntitle: "WWW 0x17: Distroless Docker for distressed human"\ndate: 2026-11-28T00:00:00+08:00\ntags: ["Rust", "軟體工程"]\ndraft: true\n---\n\n正文。\n',
    );
  });

  it("refuses, changing nothing, to overwrite a file, to translate a missing issue, or an unknown flag (exit 2)", async () => {
    const root = await seriesProject();
    await newIssue(root, "--translate=www-0x17");
    const before = await hashTree(join(root, "content"));
    const cases = [
      [["--name=www-0x17"], "npm run new: content/zh-tw/issues/www-0x17.md exists, and npm run new never overwrites a file; choose another name with --name=…"],
      [["--translate=www-0x17"], "npm run new: content/en/issues/www-0x17.md exists, and npm run new never overwrites a file; edit the translation there"],
      [["--translate=www-0x99"], "npm run new: no content/zh-tw/issues/www-0x99.md to translate; give the name of an issue of zh-tw"],
      [["--date=2026-02-30"], "npm run new: --date=2026-02-30 is not a day; write it like --date=2026-12-05"],
      [["--titel=x"], "npm run new: Unknown option '--titel'"],
    ] as const;
    for (const [args, first] of cases) {
      const result = await newIssue(root, ...args);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr.split("\n")[0]).toBe(first);
    }
    expect(await hashTree(join(root, "content"))).toEqual(before);
  });

  it("writes issues the build accepts", async () => {
    const root = await seriesProject();
    await newIssue(root, "--date=2026-12-05");
    await newIssue(root, "--translate=www-0x18");
    const build = await runScript("build", [], root);
    expect(build.code, build.stderr).toBe(0);
  });
});
