import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, issue, rebuildSite } from "../support/buildSite.ts";

const entry = async (output: string, lang: string) => JSON.parse(await readFile(join(output, lang, "pagefind", "pagefind-entry.json"), "utf8"));

describe("the search index a build writes", async () => {
  const site = await buildSite();

  it("is one Pagefind 1.6 index per language, beside that language's pages", async () => {
    expect(site.ok).toBe(true);
    const zh = await entry(site.output, "zh-tw");
    const en = await entry(site.output, "en");
    expect(zh.version).toBe("1.6.0");
    expect(Object.keys(zh.languages)).toEqual(["zh"]);
    expect(Object.keys(en.languages)).toEqual(["en"]);
    // Every issue of the language, and nothing else (no listing, no tag page).
    expect(zh.languages.zh.page_count).toBe((await readdir(join(site.output, "zh-tw/issues"))).length);
    expect(en.languages.en.page_count).toBe((await readdir(join(site.output, "en/issues"))).length);
  });

  it("holds only what the search page loads: no Pagefind interface of its own", async () => {
    const files = await readdir(join(site.output, "zh-tw/pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  // A missing binary, as on a platform npm ci installed no @pagefind package for.
  it("is published with the pages or not at all: a build that fails leaves the last index as it was", async () => {
    const before = await readFile(join(site.output, "zh-tw/pagefind/pagefind-entry.json"), "utf8");
    const broken = await rebuildSite(site, { env: { PAGEFIND_EXTENDED_BINARY_PATH: join(site.root, "no-such-pagefind") } });
    expect(broken.ok).toBe(false);
    expect(broken.stderr).toMatch(/search index: Pagefind could not/);
    expect(broken.stderr).toMatch(/Nothing was published/);
    expect(await readFile(join(site.output, "zh-tw/pagefind/pagefind-entry.json"), "utf8")).toBe(before);
  });

  it("follows the content: a new issue is in the next build's index", async () => {
    const next = await buildSite({ files: { "zh-tw/issues/www-0x09.md": issue({ title: "New", date: "2020-03-01" }) } });
    expect((await entry(next.output, "zh-tw")).languages.zh.page_count).toBe((await entry(site.output, "zh-tw")).languages.zh.page_count + 1);
  });
});
