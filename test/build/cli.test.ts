import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { hashTree } from "../support/tree.ts";

/** Every file of a scratch project but the linked packages and the build's own caches (renders, compiled code). */
async function projectFiles(root: string): Promise<Record<string, string>> {
  const files = await hashTree(root);
  return Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("node_modules/") && !path.startsWith(".cache/weekly/") && !path.startsWith(".cache/compiled/")));
}

/** Runs `npm run build -- <args>` in a fresh project copy; the project must come out unchanged. */
async function refused(args: string[], env: Record<string, string> = {}) {
  const root = await scratchProject();
  const before = await projectFiles(root);
  const result = await runScript("build", args, root, { env });
  expect(await projectFiles(root)).toEqual(before);
  return { ...result, first: result.stderr.split("\n")[0] ?? "" };
}

describe("npm run build refuses what it was given, before touching anything, with exit code 2", () => {
  it("an unknown flag, listing the valid ones", async () => {
    const { code, first, stderr } = await refused(["--outptu=site"]);
    expect(code).toBe(2);
    expect(first).toBe("npm run build: Unknown option '--outptu'");
    expect(stderr).toContain("--output=<value>");
    expect(stderr).toContain("--pathprefix=<value>");
  });

  it.each([
    ["--output=.", "--output=.: is the project itself"],
    ["--output=..", "--output=..: /"],
    ["--output=content", "--output=content: content holds the content (content)"],
    ["--output=src", "--output=src: src is in src/, which holds sources"],
    ["--output=layouts/site", "--output=layouts/site: layouts/site is in layouts/, which holds sources"],
  ])("%s", async (flag, start) => {
    const { code, first } = await refused([flag]);
    expect(code).toBe(2);
    expect(first.startsWith(start), first).toBe(true);
    if (flag === "--output=..") expect(first).toMatch(/^--output=\.\.: \/\S+ holds the project;/);
    expect(first).toMatch(/Choose a folder of its own, such as --output=_site$/);
  });

  it("an existing folder no build made", async () => {
    const root = await scratchProject();
    await mkdir(join(root, "public"));
    await writeFile(join(root, "public/notes.html"), "hand-written");
    const before = await projectFiles(root);
    const { code, stderr } = await runScript("build", ["--output=public"], root);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/^--output=public: public exists and no build made it \(no \.public-built beside it\)/);
    expect(await projectFiles(root)).toEqual(before);
  });

  it.each([
    ["weekly", '--pathprefix "weekly" must start and end with /; give the path the site is hosted under, such as --pathprefix=/weekly/'],
    ["//other.host/", '--pathprefix "//other.host/" is a URL, not a path (the host goes in SITE_URL); give the path the site is hosted under, such as --pathprefix=/weekly/'],
    ["/a b/", '--pathprefix "/a b/" has the segment "a b"; use letters, digits, "-", "_", "." and "~" only, and no "." or ".." segment; give the path the site is hosted under, such as --pathprefix=/weekly/'],
  ])("--pathprefix=%s", async (prefix, message) => {
    const { code, first } = await refused([`--pathprefix=${prefix}`]);
    expect(code).toBe(2);
    expect(first).toBe(message);
  });

  it("a SITE_URL that is not an absolute http(s) origin", async () => {
    const { code, first } = await refused([], { SITE_URL: "weekly.example.org" });
    expect(code).toBe(2);
    expect(first).toBe('SITE_URL "weekly.example.org" is not an absolute URL; write it like https://weekly.example.org');
  });
});

describe("a build with bad content", () => {
  it("prints each problem once, then one summary line: no stack trace, no Eleventy wrapper", async () => {
    const root = await scratchProject();
    await writeFile(join(root, "content/zh-tw/issues/bad.md"), "---\ntitle: x\ndate: 2020-02-30\n---\nbody\n");
    const before = await projectFiles(root);
    const { code, stdout, stderr } = await runScript("build", [], root);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split("\n")).toEqual([
      'content/zh-tw/issues/bad.md:3: date "2020-02-30" is not a calendar date; write a date such as 2020-02-01 or a date-time with offset such as 2020-02-01T00:00:11+08:00',
      "      | date: 2020-02-30",
      "Build failed: 1 error, 0 warnings. Nothing was published.",
    ]);
    expect(stdout).toBe("");
    expect(await projectFiles(root)).toEqual(before);
  });
});

describe("a build without a page template it needs", () => {
  it("is refused, naming the file and how to restore it, instead of leaving the pages out", async () => {
    const root = await scratchProject();
    await rm(join(root, "layouts/pages/404.njk"));
    const before = await projectFiles(root);
    const { code, stderr } = await runScript("build", [], root);
    expect(code).toBe(1);
    expect(stderr.split("\n")[0]).toBe("layouts/pages/404.njk: is missing, and every build writes its pages; restore it (git checkout -- layouts/pages/404.njk)");
    expect(await projectFiles(root)).toEqual(before);
  });
});
