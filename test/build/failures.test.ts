import { existsSync } from "node:fs";
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, issue } from "../support/buildSite.ts";
import { hashTree } from "../support/tree.ts";

describe("a build with bad front matter", async () => {
  const site = await buildSite({
    files: {
      "zh-tw/issues/number-title.md": issue({ title: "1.10", date: "2020-02-01" }),
      "zh-tw/issues/bad-date.md": issue({ title: "x", date: "2020-02-30" }),
      "zh-tw/issues/bad-month.md": issue({ title: "x", date: "2020-13-45" }),
      "en/issues/no-date.md": issue({ title: "x" }),
      "en/issues/draft-no.md": issue({ title: "x", date: "2020-02-01", draft: '"no"' }),
      "en/issues/tags-string.md": issue({ title: "x", date: "2020-02-01", tags: "Rust" }),
      "en/issues/bad-yaml.md": issue({ title: "[unclosed", date: "2020-02-01" }),
    },
  });
  const lines = site.stderr.split("\n");
  const reported = (file: string) => lines.filter((line) => line.includes(file)).join("\n");

  it("fails", () => expect(site.ok).toBe(false));

  it("reports every bad file in one run, then one summary line", () => {
    expect(site.stderr.trimEnd().split("\n").at(-1)).toBe("Build failed: 7 errors, 0 warnings. Nothing was published.");
  });

  it("names file, line, field, value and fix for each", () => {
    expect(reported("zh-tw/issues/number-title.md")).toMatch(/number-title\.md:2: title is the number 1\.1 to YAML, not text; quote it/);
    expect(reported("zh-tw/issues/bad-date.md")).toMatch(/bad-date\.md:3: date "2020-02-30" is not a calendar date; write a date such as 2020-02-01/);
    expect(reported("zh-tw/issues/bad-month.md")).toMatch(/bad-month\.md:3: date "2020-13-45" is not a calendar date/);
    expect(reported("en/issues/no-date.md")).toMatch(/no-date\.md:1: date is missing; write a date such as/);
    expect(reported("en/issues/draft-no.md")).toMatch(/draft-no\.md:4: draft is "no"; write draft: true or draft: false/);
    expect(reported("en/issues/tags-string.md")).toMatch(/tags-string\.md:4: tags is "Rust", not a list; write tags: \[Rust\]/);
    expect(reported("en/issues/bad-yaml.md")).toMatch(/bad-yaml\.md:2: title: the list opened with \[ is never closed; end it with \], or put the whole value in quotes if it is text$/m);
  });

  it("shows the line as written under the message", () => {
    expect(site.stderr).toContain("      | title: 1.10");
  });

  it("leaves neither a site nor a half-built scratch folder", async () => {
    expect(existsSync(site.output)).toBe(false);
    expect((await readdir(dirname(site.output))).filter((name) => name.includes("-build-"))).toEqual([]);
  });
});

describe("the previous site", () => {
  it("stays exactly as it was when a build fails", async () => {
    const first = await buildSite();
    expect(first.ok, first.stderr).toBe(true);
    const before = await hashTree(first.output);
    const failed = await buildSite({
      files: { "zh-tw/issues/www-0x09.md": issue({ title: "x", date: "2020-02-30" }) },
      output: first.output,
    });
    expect(failed.ok).toBe(false);
    expect(failed.stderr).toMatch(/Nothing was published; .*_site\/ is as it was\.\n$/);
    expect(await hashTree(first.output)).toEqual(before);
  });

  it("is not needed: the output folder and its parents are made", async () => {
    const scratch = await mkdtemp(join(tmpdir(), "weekly-out-"));
    const output = join(scratch, "deploy", "www", "_site");
    const site = await buildSite({ output });
    expect(site.ok, site.stderr).toBe(true);
    expect(Object.keys(await hashTree(output))).toContain("zh-tw/issues/www-0x01/index.html");
  });

  it("loses the pages of a deleted issue on the next build", async () => {
    const first = await buildSite();
    expect(Object.keys(await hashTree(first.output))).toContain("zh-tw/issues/www-0x01/index.html");
    const second = await buildSite({ remove: ["zh-tw/issues/www-0x01.md"], output: first.output });
    expect(second.ok, second.stderr).toBe(true);
    expect(Object.keys(await hashTree(first.output))).not.toContain("zh-tw/issues/www-0x01/index.html");
  });
});
