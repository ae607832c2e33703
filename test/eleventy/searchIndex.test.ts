import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
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

  it("keeps each issue's text, meta and tags as the records hold them, for the page's excerpts and results", async () => {
    const folder = join(site.output, "zh-tw/pagefind/fragment");
    const fragments = await Promise.all((await readdir(folder)).map(async (file) => JSON.parse(gunzipSync(await readFile(join(folder, file))).toString().replace(/^pagefind_dcd/, ""))));
    const fragment = fragments.find((f) => f.url === "/zh-tw/issues/www-0x02/");
    const html = await readFile(join(site.output, "zh-tw/issues/www-0x02/index.html"), "utf8");
    expect(html).toContain(`<h1>${fragment.meta.title}</h1>`);
    expect(JSON.parse(fragment.meta.tags).map((tag: { label: string }) => tag.label)).toEqual(fragment.filters.tag);
    // The body is what the page's excerpt shows, as written; the indexed text has the Chinese only as ASCII terms.
    expect(html).toContain(fragment.meta.body.slice(0, 10));
    expect(fragment.meta.body.length).toBeGreaterThan(20);
    // (Pagefind puts a zero-width space between the words of a Chinese index.)
    const content = fragment.content.replaceAll("\u200b", "");
    expect(content).not.toMatch(/\p{Script=Han}/u);
    expect(content).toMatch(/ b[0-9a-z]{8} b[0-9a-z]{8} .* u[0-9a-z]{4} u[0-9a-z]{4}/);
  });

  it("holds only what the search page loads: no Pagefind interface of its own", async () => {
    const files = await readdir(join(site.output, "zh-tw/pagefind"));
    expect(files).toContain("pagefind.js");
    expect(files.filter((file) => /ui|highlight/.test(file))).toEqual([]);
  });

  // A missing binary, as on a platform npm ci installed no @pagefind package for.
  const missingPagefind = { PAGEFIND_EXTENDED_BINARY_PATH: join(site.root, "no-such-pagefind") };

  it("is copied from the last build's when the issues are the same: Pagefind does not run", async () => {
    const before = await readFile(join(site.output, "zh-tw/pagefind/pagefind-entry.json"), "utf8");
    const again = await rebuildSite(site, { env: missingPagefind });
    expect(again.ok, again.stderr).toBe(true);
    expect(await readFile(join(site.output, "zh-tw/pagefind/pagefind-entry.json"), "utf8")).toBe(before);
    expect((await readdir(join(site.output, "en/pagefind/fragment"))).length).toBe((await readdir(join(site.output, "en/issues"))).length);
  });

  it("is published with the pages or not at all: a build that fails leaves the last index as it was", async () => {
    const before = await readFile(join(site.output, "zh-tw/pagefind/pagefind-entry.json"), "utf8");
    // Another path prefix changes every record's URL, so the index must be made again.
    const broken = await rebuildSite(site, { env: missingPagefind, pathPrefix: "/weekly/" });
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
