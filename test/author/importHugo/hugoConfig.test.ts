import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readHugoConfig } from "../../../src/author/importHugo/hugoConfig.ts";

/** A Hugo site folder with this configuration file and an empty content/. */
async function hugoSite(file: string, text: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "weekly-hugo-config-"));
  await mkdir(join(folder, "content"));
  await mkdir(join(folder, "config/_default"), { recursive: true });
  await writeFile(join(folder, file), text);
  return folder;
}

describe("a Hugo site's configuration", () => {
  it("reads baseURL, [permalinks] and disablePathToLower from TOML", async () => {
    const folder = await hugoSite("hugo.toml", 'baseURL = "https://user.github.io/weekly/"\ndisablePathToLower = true\n[permalinks]\n  Posts = "/posts/:year/:filename/"\n');
    expect(readHugoConfig(folder)).toMatchObject({ origin: "https://user.github.io", basePath: "/weekly/", permalinks: { posts: "/posts/:year/:filename/" }, lowercase: false, contentDir: "content" });
  });

  it("reads YAML in config/_default, and patterns under permalinks.page", async () => {
    const folder = await hugoSite("config/_default/hugo.yaml", "baseURL: https://example.org\npermalinks:\n  page:\n    posts: /p/:slug/\n");
    expect(readHugoConfig(folder)).toMatchObject({ basePath: "/", permalinks: { posts: "/p/:slug/" }, lowercase: true });
  });

  it("refuses a folder without a configuration, one Hugo cannot read, or a token Hugo does not know", async () => {
    const empty = await mkdtemp(join(tmpdir(), "weekly-hugo-config-"));
    expect(() => readHugoConfig(empty)).toThrow(`${empty} is not a Hugo site: it has no hugo.toml, hugo.yaml, config.toml or config.yaml`);
    const broken = await hugoSite("config.toml", 'baseURL = "https://example.org/"\ntitle = \n');
    expect(() => readHugoConfig(broken)).toThrow(/config\.toml:2: Hugo's configuration cannot be read/);
    const typo = await hugoSite("hugo.toml", '[permalinks]\nposts = "/posts/:yaer/:filename/"\n');
    expect(() => readHugoConfig(typo)).toThrow('permalinks posts = "/posts/:yaer/:filename/" uses :yaer, which Hugo does not know');
  });
});
