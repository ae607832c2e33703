import { existsSync } from "node:fs";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMemoFile, writeMemoFile, type MemoRecord } from "../../src/cache/memoFile.ts";
import { buildSite, rebuildSite, type BuiltSite } from "../support/buildSite.ts";
import { hashTree, listFiles } from "../support/tree.ts";

const MARK = "MARKED-IN-CACHE";
const cacheFile = (site: BuiltSite, name = "issues.memo") => join(site.root, ".cache/weekly", name);

/** Appends MARK to every text of a memo file: issue pages' HTML, feed bodies. */
function markMemo(path: string): void {
  const file = readMemoFile<unknown>(path);
  if (!file) throw new Error(`${path}: no memo file to mark`);
  const marked = [...file.records].map(([key, { digest, read }]): [string, MemoRecord<unknown>] => {
    const value = read();
    if (!value) throw new Error(`${path}: ${key} is damaged`);
    return [key, { digest, data: value.data, text: `${value.text}<p>${MARK}</p>` }];
  });
  writeMemoFile(path, file.fingerprint, marked);
}

/** Edits every cached page and feed body, so a page or feed showing MARK provably came from the cache. */
function markCache(site: BuiltSite): void {
  markMemo(cacheFile(site));
  markMemo(cacheFile(site, "feeds.memo"));
}

async function pagesShowingMark(site: BuiltSite): Promise<string[]> {
  const pages = (await listFiles(site.output)).filter((file) => file.includes("/issues/") || file.includes("feed"));
  const marked = await Promise.all(pages.map(async (page) => ((await site.read(page)).includes(MARK) ? [page] : [])));
  return marked.flat();
}

describe("the render cache between builds", () => {
  it("gives the next build byte-identical output", async () => {
    const first = await buildSite();
    expect(existsSync(cacheFile(first))).toBe(true);
    expect(existsSync(cacheFile(first, "feeds.memo"))).toBe(true);
    const cold = await hashTree(first.output);
    const warm = await rebuildSite(first);
    expect(warm.ok, warm.stderr).toBe(true);
    expect(await hashTree(warm.output)).toEqual(cold);
  });

  it("serves unchanged issues and renders an edited one afresh", async () => {
    const site = await buildSite();
    markCache(site);
    await appendFile(join(site.root, "content/zh-tw/issues/www-0x01.md"), "\n新加的一段。\n");
    expect((await rebuildSite(site)).ok).toBe(true);
    const edited = await site.read("zh-tw/issues/www-0x01/index.html");
    expect(edited).toContain("新加的一段");
    expect(edited).not.toContain(MARK);
    expect(await site.read("zh-tw/issues/www-0x02/index.html")).toContain(MARK);
    const feed = await site.read("zh-tw/feed.xml");
    expect(feed).toContain(MARK);
    expect(feed).toContain("新加的一段");
  });

  it("is not used for another path prefix or site URL", async () => {
    const site = await buildSite();
    markCache(site);
    expect((await rebuildSite(site, { pathPrefix: "/weekly/" })).ok).toBe(true);
    expect(await pagesShowingMark(site)).toEqual([]);
    markCache(site);
    expect((await rebuildSite(site, { env: { SITE_URL: "https://elsewhere.example" } })).ok).toBe(true);
    expect(await pagesShowingMark(site)).toEqual([]);
  });

  it("is rebuilt when damaged, with the same output", async () => {
    const site = await buildSite();
    const cold = await hashTree(site.output);
    await writeFile(cacheFile(site), "damaged");
    const again = await rebuildSite(site);
    expect(again.ok, again.stderr).toBe(true);
    expect(await hashTree(again.output)).toEqual(cold);
    expect((await readFile(cacheFile(site))).length).toBeGreaterThan(1000);
  });

  it("renders afresh what was changed in place in the cache, warns once per file, and writes it anew", async () => {
    const site = await buildSite();
    const cold = await hashTree(site.output);
    for (const name of ["issues.memo", "feeds.memo"]) {
      // Every file starts with its first entry's text: "<p>" becomes "<q>", the length unchanged.
      const bytes = await readFile(cacheFile(site, name));
      expect(bytes.toString("utf8", 0, 3)).toBe("<p>");
      bytes.write("q", 1);
      await writeFile(cacheFile(site, name), bytes);
    }
    const again = await rebuildSite(site);
    expect(again.ok, again.stderr).toBe(true);
    expect(await hashTree(again.output)).toEqual(cold);
    const warnings = again.stderr.split("\n").filter((line) => line.includes("did not match their checksums"));
    // The cache is outside the project here, so its path is shown whole.
    expect(warnings.map((line) => line.split(": warning: ")[0])).toEqual([cacheFile(site, "issues.memo"), cacheFile(site, "feeds.memo")]);
    const next = await rebuildSite(site);
    expect(next.stderr).not.toContain("did not match their checksums");
    expect(await hashTree(next.output)).toEqual(cold);
  });
});
