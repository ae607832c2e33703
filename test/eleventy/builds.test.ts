import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { ISSUE_TEMPLATE } from "../../src/eleventy/issueTemplate.ts";
import { projectRoot } from "../support/buildSite.ts";

const run = promisify(execFile);

/** The pages a partial build of a copy of the fixture site renders. */
async function rendered(mode: "issues" | "listings" | "model", ...issueFiles: string[]) {
  const root = await mkdtemp(join(tmpdir(), "weekly-dev-builds-"));
  const content = join(root, "content");
  await cp(join(projectRoot, "test/fixtures/site/content"), content, { recursive: true });
  const files = issueFiles.map((file) => join(content, file));
  const { stdout } = await run(
    join(projectRoot, "node_modules/.bin/tsx"),
    ["test/support/devBuilds.ts", mode, content, join(root, "site"), ...files],
    { cwd: projectRoot },
  );
  const pages = JSON.parse(stdout.trim().split("\n").at(-1) as string) as { url: string; inputPath: string; content: string }[];
  // The search indexes a build made are kept beside the content, one file a language.
  const indexes = (await readdir(join(root, ".cache/weekly/search")).catch(() => [])).filter((name) => /^(en|zh-tw)-.*\.json$/.test(name));
  return Object.assign(pages, { indexes });
}

describe("the dev server's partial builds", () => {
  it("render only the edited issues' pages first, so the edit shows before any listing is rendered", async () => {
    const pages = await rendered("issues", "zh-tw/issues/www-0x02.md");
    expect(pages.map((page) => page.url)).toEqual(["/zh-tw/issues/www-0x02/"]);
    expect(pages.every((page) => page.inputPath.endsWith(ISSUE_TEMPLATE))).toBe(true);
    // Nor is the search index made, which that render does not write.
    expect(pages.indexes).toEqual([]);
  });

  it("render every listing, feeds and tag pages included, and no issue page, second", async () => {
    const listings = await rendered("listings");
    const urls = listings.map((page) => page.url);
    expect(urls).toEqual(expect.arrayContaining(["/zh-tw/search/index.json", "/en/search/index.json"]));
    expect(listings.indexes).toHaveLength(2);
    expect(urls).toContain("/zh-tw/feed.xml");
    expect(urls.some((url) => /^\/zh-tw\/tags\/.+\/$/.test(url))).toBe(true);
    expect(urls).toContain("/sitemap.xml");
    expect(urls.filter((url) => url.includes("/issues/"))).toEqual([]);
  });
});

describe("a model given to a render", () => {
  // builds.ts adds the plugin with the model before the config file adds it without, and the
  // plugin is unique: an Eleventy upgrade that runs the config file first, or both plugins, fails here.
  it("is the one its pages show, the plugin added once", async () => {
    const pages = await rendered("model", "zh-tw/issues/www-0x02.md");
    expect(pages.map((page) => page.url)).toEqual(["/zh-tw/issues/www-0x02/"]);
    expect(cheerio.load(pages[0]!.content)("h1").text()).toBe("From the model");
  });
});

describe("Eleventy's template cache", () => {
  // src/eleventy/builds.ts relies on both halves: an upgrade that changes either fails here.
  it("is shared by every Eleventy of a process, and setUseTemplateCache(false) makes a build read templates afresh", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-template-cache-"));
    const content = join(root, "content");
    await cp(join(projectRoot, "test/fixtures/site/content"), content, { recursive: true });
    const { stdout } = await run(join(projectRoot, "node_modules/.bin/tsx"), ["test/support/templateCache.ts", content, join(root, "site")], {
      cwd: projectRoot,
    });
    expect(JSON.parse(stdout.trim().split("\n").at(-1) as string)).toEqual({ first: "first", reused: "first", fresh: "second" });
  });
});
