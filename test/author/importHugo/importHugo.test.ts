import * as cheerio from "cheerio";
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { feedProblems, wellFormedProblems } from "../../support/feedChecks.ts";
import { projectRoot } from "../../support/npmScript.ts";
import { runScript, scratchProject, type CommandResult } from "../../support/scratchProject.ts";
import { hashTree, listFiles } from "../../support/tree.ts";

const HUGO_SITE = join(projectRoot, "test/fixtures/hugo-site");
const importHugo = (root: string, ...args: string[]) => runScript("import:hugo", args, root);

/** Where `which hugo` finds Hugo, or undefined: the comparison with real Hugo needs Debian's `hugo`. */
async function hugoBinary(): Promise<string | undefined> {
  try {
    return (await promisify(execFile)("which", ["hugo"])).stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

describe("npm run import:hugo", () => {
  let root: string;
  let first: CommandResult;
  beforeAll(async () => {
    root = await scratchProject();
    first = await importHugo(root, HUGO_SITE);
  });
  const read = (path: string) => readFile(join(root, "content/zh-tw/issues", path), "utf8");

  it("imports every post, lists what it skipped and why and what needs a hand, and exits 1 for the malformed post", () => {
    expect(first.stderr).toBe("");
    expect(first.code).toBe(1);
    const lines = first.stdout.replaceAll(HUGO_SITE, "<hugo>").split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        "imported   content/zh-tw/issues/www-0x09.md  from <hugo>/content/posts/www-0x09/index.md  (old URL /posts/2020/www-0x09/)",
        "imported   content/zh-tw/issues/www-0x09/cover.png  from <hugo>/content/posts/www-0x09/cover.png",
        "imported   content/zh-tw/issues/www-0x0A.md  from <hugo>/content/posts/www-0x0A.md  (old URL /posts/2020/www-0x0a/)",
        "imported   content/zh-tw/issues/www-0x0A/diagram.png  from <hugo>/content/posts/www-0x0A/diagram.png",
        "skipped    <hugo>/content/about.md: a page outside any section (such as about or search), not a post",
        "skipped    <hugo>/content/posts/_index.md: a section's list page, not a post",
        'skipped    <hugo>/content/posts/broken.md:2: title: the quoted text is never closed; end it with "',
        "by hand    content/zh-tw/issues/www-0x09.md:14: {{< notice >}} is left as written: the new site has no such shortcode; write it as markdown",
        "4 imported, 0 unchanged, 3 skipped (1 with a problem), 2 to finish by hand",
      ]),
    );
  });

  it("maps the front matter: date with its offset, description from summary, other keys kept, the old URL as alias and feed id", async () => {
    expect(await read("www-0x0A.md")).toMatch(
      /^---\ntitle: "WWW 0x0A: 大小寫與影片"\ndate: 2020-03-07T00:00:11\+08:00\ntags: \["Weekly", "DevOps"\]\ndescription: "檔名有大寫的一期。"\naliases: \["\/posts\/2020\/www-0x0a\/"\]\nfeedId: "https:\/\/weekly.example.com\/posts\/2020\/www-0x0a\/"\ncover:\n  image: diagram.png\nShowToc: true\n---\n/,
    );
    // TOML front matter of a page bundle; the year is Taipei's, not UTC's (2019).
    expect(await read("www-0x09.md")).toContain('date: 2020-01-01T00:30:00+08:00\ntags: ["Rust"]\ndescription: "在台北的新年第一天，UTC 的前一年。"\naliases: ["/posts/2020/www-0x09/"]\n');
  });

  it("converts youtube, figure and ref into the markdown the renderer knows, images beside the issue", async () => {
    const body = await read("www-0x0A.md");
    expect(body).toContain('\n{% youtube "lviLZFciDv4" %}\n');
    expect(body).toContain('\n{% youtube "lviLZFciDv4" "Distroless Docker" %}\n');
    expect(body).toContain('\n![架構圖](diagram.png "一張架構圖")\n*一張架構圖*\n');
    expect(body).toContain("[這裡](/zh-tw/issues/www-0x09/)");
    expect(await read("www-0x09.md")).toContain("![封面](cover.png)");
    expect(await readFile(join(root, "content/zh-tw/issues/www-0x09/cover.png"))).toEqual(await readFile(join(HUGO_SITE, "content/posts/www-0x09/cover.png")));
  });

  it("leaves issues npm run check finds nothing wrong with", async () => {
    expect(await runScript("check", [], root)).toMatchObject({ code: 0, stdout: "" });
  });

  it("changes nothing when run again, and says so", async () => {
    const before = await hashTree(join(root, "content"));
    const again = await importHugo(root, HUGO_SITE);
    expect(again.stdout).toContain("unchanged  content/zh-tw/issues/www-0x0A.md\n");
    expect(again.stdout).toContain("0 imported, 4 unchanged, 3 skipped (1 with a problem), 2 to finish by hand\n");
    expect(await hashTree(join(root, "content"))).toEqual(before);
  });

  it("imports only the posts --match names", async () => {
    const other = await scratchProject();
    const result = await importHugo(other, HUGO_SITE, "--match", "www-0x09*");
    expect(result.stdout).toContain("\n2 imported, 0 unchanged, 2 skipped (0 with a problem)");
    expect(await listFiles(join(other, "content/zh-tw/issues"))).not.toContain("www-0x0A.md");
  });

  it("never overwrites an issue that differs, naming both files", async () => {
    const other = await scratchProject();
    await writeFile(join(other, "content/zh-tw/issues/www-0x09.md"), "---\ntitle: 我的\ndate: 2020-01-01\n---\n\n我寫的。\n");
    const result = await importHugo(other, HUGO_SITE);
    expect(result.stdout).toContain(
      `skipped    ${HUGO_SITE}/content/posts/www-0x09/index.md: content/zh-tw/issues/www-0x09.md exists and differs from what the import makes of it; the import never overwrites a file`,
    );
    expect(await readFile(join(other, "content/zh-tw/issues/www-0x09.md"), "utf8")).toContain("我寫的。");
  });

  it("refuses a folder that is not a Hugo site, or a call without one (exit 2)", async () => {
    const result = await importHugo(root, join(root, "content"));
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("is not a Hugo site: it has no hugo.toml, hugo.yaml, config.toml or config.yaml");
    expect(await importHugo(root)).toMatchObject({ code: 2, stderr: expect.stringContaining("Give the hugo site folder") });
  });

  describe("the imported project, built with the real build CLI", () => {
    let output: string;
    let built: CommandResult;
    beforeAll(async () => {
      // The project's site.ts keeps the weekly's old feed path, /index.xml, as its Hugo site had it.
      output = join(root, "_site");
      built = await runScript("build", [], root);
    });
    const page = async (path: string) => cheerio.load(await readFile(join(output, path), "utf8"));

    it("builds", () => expect(built.code, built.stderr).toBe(0));

    it("redirects each old URL to the imported issue", async () => {
      const $ = await page("posts/2020/www-0x0a/index.html");
      expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/zh-tw/issues/www-0x0A/");
      expect((await page("posts/2020/www-0x09/index.html"))("a").attr("href")).toBe("/zh-tw/issues/www-0x09/");
    });

    it("keeps the old permalink as the RSS guid, and writes the old feed path as a byte-identical, valid copy", async () => {
      const rss = await readFile(join(output, "zh-tw/rss.xml"));
      expect(rss.toString()).toContain('<guid isPermaLink="false">https://weekly.example.com/posts/2020/www-0x0a/</guid>');
      expect(await readFile(join(output, "index.xml"))).toEqual(rss);
      expect(await wellFormedProblems([join(output, "index.xml")])).toEqual([]);
      expect(feedProblems("rss", rss.toString(), "zh-TW")).toEqual([]);
    });

    it("computes the old URLs real Hugo publishes the fixture at", async (context) => {
      const hugo = await hugoBinary();
      // Debian's hugo (apt-get install hugo; .ci/run installs it) is what this compares with.
      if (!hugo) return context.skip("hugo is not installed: apt-get install hugo");
      const site = await mkdtemp(join(tmpdir(), "weekly-hugo-"));
      await cp(HUGO_SITE, site, { recursive: true });
      // Hugo refuses the whole site over the malformed post, which the import skips anyway.
      await rm(join(site, "content/posts/broken.md"));
      await promisify(execFile)(hugo, ["--quiet", "--source", site, "--destination", join(site, "public")]);
      const published = await listFiles(join(site, "public"));
      const aliases = [];
      for (const name of ["www-0x0A.md", "www-0x09.md"]) aliases.push(...(JSON.parse(/\naliases: (.*)\n/.exec(await read(name))![1]!) as string[]));
      expect(aliases).toEqual(["/posts/2020/www-0x0a/", "/posts/2020/www-0x09/"]);
      for (const alias of aliases) expect(published).toContain(`${alias.slice(1)}index.html`);
    });
  });
});
