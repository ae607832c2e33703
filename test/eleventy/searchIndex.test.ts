import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { engineOptions } from "../../src/views/search/engine.ts";
import { buildSite, issue, rebuildSite } from "../support/buildSite.ts";

const indexFile = (output: string, lang: string) => join(output, lang, "search", "index.json");
const loaded = async (output: string, lang: string) => MiniSearch.loadJSON(await readFile(indexFile(output, lang), "utf8"), engineOptions);
const found = async (output: string, lang: string, query: string) => (await loaded(output, lang)).search(query).map((result) => result.url as string).sort();

describe("the search index a build writes", async () => {
  const site = await buildSite();
  const kept = join(site.root, ".cache/weekly/search");

  it("is one MiniSearch index per language, beside its search page, holding that language's issues and nothing else", async () => {
    expect(site.ok, site.stderr).toBe(true);
    for (const lang of ["zh-tw", "en"]) {
      const issues = await readdir(join(site.output, lang, "issues"));
      expect((await loaded(site.output, lang)).documentCount).toBe(issues.length);
    }
    expect(await found(site.output, "zh-tw", "容器")).toEqual(["/zh-tw/issues/www-0x02/"]);
    expect(await found(site.output, "en", "container")).not.toContain("/zh-tw/issues/www-0x02/");
  });

  it("is made in a worker thread, for a large site, byte for byte as in the build's own", async () => {
    const inWorker = await buildSite({ env: { WEEKLY_SEARCH_WORKER: "1" } });
    const inThread = await buildSite({ env: { WEEKLY_SEARCH_WORKER: "0" } });
    expect(inWorker.ok && inThread.ok, inWorker.stderr + inThread.stderr).toBe(true);
    for (const lang of ["zh-tw", "en"]) expect(await readFile(indexFile(inWorker.output, lang), "utf8")).toBe(await readFile(indexFile(inThread.output, lang), "utf8"));
  });

  it("is kept in the cache under the digest of its issues and code, and taken from there when they are the same", async () => {
    const files = (await readdir(kept)).filter((name) => name.startsWith("zh-tw-"));
    expect(files).toHaveLength(1);
    // What is kept is what the next build publishes: a changed copy shows it was not made again.
    const copy = join(kept, files[0]!);
    const index = await readFile(copy, "utf8");
    await writeFile(copy, index.replace('"documentCount":', '"documentCount": '));
    const again = await rebuildSite(site);
    expect(again.ok, again.stderr).toBe(true);
    expect(await readFile(indexFile(site.output, "zh-tw"), "utf8")).toContain('"documentCount": ');
    await writeFile(copy, index);
  });

  it("leaves one index a language in the cache: an older one, and a killed build's scratch file, go; a running build's stays", async () => {
    const dead = `zh-tw-half.json.${2 ** 30}`;
    const running = `zh-tw-half.json.${process.ppid}`;
    for (const name of ["zh-tw-older.json", dead, running]) await writeFile(join(kept, name), "{}");
    expect((await rebuildSite(site)).ok).toBe(true);
    const left = (await readdir(kept)).filter((name) => name.startsWith("zh-tw-"));
    expect(left).toHaveLength(2);
    expect(left).toContain(running);
  });

  it("is made again when an issue changes, and the last one kept is replaced", async () => {
    const next = await buildSite({ files: { "zh-tw/issues/www-0x09.md": issue({ title: "New", date: "2020-03-01" }, "一則關於觀測性的短文。\n") } });
    expect(await found(next.output, "zh-tw", "觀測性")).toEqual(["/zh-tw/issues/www-0x09/"]);
    const before = (await readdir(join(next.root, ".cache/weekly/search"))).filter((name) => name.startsWith("zh-tw-"));
    await writeFile(join(next.root, "content/zh-tw/issues/www-0x09.md"), issue({ title: "New", date: "2020-03-01" }, "一則關於可靠性的短文。\n"));
    expect((await rebuildSite(next)).ok).toBe(true);
    expect(await found(next.output, "zh-tw", "觀測性")).toEqual([]);
    expect(await found(next.output, "zh-tw", "可靠性")).toEqual(["/zh-tw/issues/www-0x09/"]);
    const after = (await readdir(join(next.root, ".cache/weekly/search"))).filter((name) => name.startsWith("zh-tw-"));
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it("carries the path prefix in its results' URLs", async () => {
    const prefixed = await rebuildSite(site, { pathPrefix: "/weekly/" });
    expect(prefixed.ok, prefixed.stderr).toBe(true);
    expect(await found(site.output, "zh-tw", "容器")).toEqual(["/weekly/zh-tw/issues/www-0x02/"]);
  });
});
