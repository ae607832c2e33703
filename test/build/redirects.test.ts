import * as cheerio from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { buildSite, issue, projectRoot } from "../support/buildSite.ts";
import { listFiles } from "../support/tree.ts";

const moved = {
  "zh-tw/issues/www-0x0a.md": issue(
    { title: '"WWW 0x0A: 搬家"', date: "2020-03-07T00:00:11+08:00", aliases: '["/posts/2020/www-0x0a/", "/old/www-0x0a.html"]', feedId: '"https://example.org/posts/2020/www-0x0a/"' },
    "搬過家的一期。\n",
  ),
  "en/issues/www-0x0a.md": issue({ title: '"WWW 0x0A: Moved"', date: "2020-03-07T00:00:11+08:00", aliases: '["/en/posts/2020/www-0x0a"]' }),
};

describe("aliases: a redirect page at each old URL", async () => {
  const site = await buildSite({ files: moved, pathPrefix: "/weekly/" });
  const page = async (path: string) => cheerio.load(await site.read(path));

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  it("writes a folder alias as its index.html, a .html alias as that file, an alias without a slash as a folder", async () => {
    const files = await listFiles(site.output);
    expect(files).toContain("posts/2020/www-0x0a/index.html");
    expect(files).toContain("old/www-0x0a.html");
    expect(files).toContain("en/posts/2020/www-0x0a/index.html");
  });

  it("holds a meta refresh 0, the canonical URL, noindex, the CSP and one visible link, all to the issue, path prefix included", async () => {
    const $ = await page("posts/2020/www-0x0a/index.html");
    expect($("html").attr("lang")).toBe("zh-Hant-TW");
    expect($('meta[http-equiv="refresh"]').attr("content")).toBe("0; url=/weekly/zh-tw/issues/www-0x0a/");
    expect($('link[rel="canonical"]').attr("href")).toBe("https://weekly.example.org/weekly/zh-tw/issues/www-0x0a/");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
    expect($('meta[http-equiv="Content-Security-Policy"]').attr("content")).toContain("default-src 'none'");
    expect($("a").length).toBe(1);
    expect($("a").attr("href")).toBe("/weekly/zh-tw/issues/www-0x0a/");
    expect($("script, link[rel=stylesheet], img")).toHaveLength(0);
  });

  it("is valid HTML by the project's html-validate rules (the HTML gate sees no alias in the sample site)", async () => {
    const config = JSON.parse(await readFile(join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(await site.read("posts/2020/www-0x0a/index.html"));
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.line}: ${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it("is in no listing, feed or sitemap", async () => {
    const sitemap = await site.read("sitemap.xml");
    const archive = await site.read("zh-tw/archive/index.html");
    const feed = await site.read("zh-tw/feed.xml");
    for (const text of [sitemap, archive, feed]) {
      expect(text).not.toContain("/weekly/posts/");
      expect(text).not.toContain("/weekly/old/");
    }
  });

  it("keeps the old feed's id for an issue that has one, in every format", async () => {
    expect(await site.read("zh-tw/rss.xml")).toContain('<guid isPermaLink="false">https://example.org/posts/2020/www-0x0a/</guid>');
    expect(await site.read("zh-tw/feed.xml")).toContain("<id>https://example.org/posts/2020/www-0x0a/</id>");
    expect(await site.read("zh-tw/feed.json")).toContain('"id": "https://example.org/posts/2020/www-0x0a/"');
    expect(await site.read("en/feed.xml")).toContain("<id>tag:weekly.example.org,2020-01-01:en/issues/www-0x0a</id>");
  });
});

describe("aliases that collide", () => {
  it("fail the build naming both files: an alias on a page, on another alias (any case), across languages", async () => {
    const site = await buildSite({
      files: {
        "zh-tw/issues/a.md": issue({ title: "A", date: "2020-03-01", aliases: '["/zh-tw/archive/", "/old/x/"]' }),
        "en/issues/b.md": issue({ title: "B", date: "2020-03-01", aliases: '["/OLD/X/", "/zh-tw/issues/www-0x01"]' }),
      },
    });
    expect(site.ok).toBe(false);
    const stderr = site.stderr.replaceAll(`${site.root}/`, "");
    expect(stderr).toContain(`content/zh-tw/issues/a.md: aliases: "/zh-tw/archive/" is the site's page /zh-tw/archive/, which the site keeps; remove the alias`);
    expect(stderr).toContain(`content/en/issues/b.md: aliases: "/OLD/X/" is also an alias of content/zh-tw/issues/a.md; keep it in one of the two files`);
    expect(stderr).toContain(`content/en/issues/b.md: aliases: "/zh-tw/issues/www-0x01" is the page of content/zh-tw/issues/www-0x01.md`);
    expect(await listFiles(site.root)).not.toContain("_site/index.html");
  });

  it("refuses an alias that is not a path from the site root, with the value and the fix", async () => {
    const site = await buildSite({ files: { "zh-tw/issues/a.md": issue({ title: "A", date: "2020-03-01", aliases: '["posts/a/", "/a/?p=1"]' }) } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain(`content/zh-tw/issues/a.md:4: aliases contains "posts/a/", which is not a path from the site root; write a path from the site root, such as /posts/2020/www-0x0a/`);
  });
});
