import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { hugoVersion, writeHugoSite } from "../../bench/hugo.ts";

const run = promisify(execFile);

describe("the bench's Hugo site", () => {
  it("holds the product's issue files in each language's content folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-hugo-"));
    const corpus = await writeCorpus(join(root, "corpus"), 6);
    const site = await writeHugoSite(corpus.product, join(root, "hugo"));
    for (const lang of ["zh-tw", "en"]) {
      const files = await readdir(join(site, "content", lang, "issues"));
      expect(files.sort()).toEqual(["www-0x001.md", "www-0x002.md", "www-0x003.md"]);
      expect(await readFile(join(site, "content", lang, "issues/www-0x002.md"), "utf8")).toBe(await readFile(join(corpus.product, lang, "issues/www-0x002.md"), "utf8"));
    }
    expect(await readFile(join(site, "hugo.toml"), "utf8")).toContain('defaultContentLanguage = "zh-tw"');
  });

  it("is skipped when no hugo is on the PATH", () => {
    expect(hugoVersion({ ...process.env, PATH: "" })).toBeUndefined();
  });

  it.runIf(hugoVersion())("builds with Hugo into a page per issue and language", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-hugo-"));
    const corpus = await writeCorpus(join(root, "corpus"), 4);
    const site = await writeHugoSite(corpus.product, join(root, "hugo"));
    await run("hugo", ["--quiet", "--noBuildLock", "--source", site, "--destination", join(root, "public")]);
    const page = await readFile(join(root, "public/en/issues/www-0x002/index.html"), "utf8");
    expect(page).toContain("<h1>WWW 0x002:");
    expect(await readdir(join(root, "public/zh-tw/issues/www-0x001"))).toContain("index.html");
  });
});
