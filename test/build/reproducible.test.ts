import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildSite } from "../support/buildSite.ts";
import { hashTree, listFiles } from "../support/tree.ts";

describe("reproducible builds", () => {
  it("give identical trees whatever the time zone and the files' mtimes", async () => {
    const first = await buildSite({ env: { TZ: "Asia/Taipei" } });
    const second = await buildSite({ env: { TZ: "America/Los_Angeles" }, mtime: new Date("2001-01-01") });
    const third = await buildSite({ env: { TZ: "Pacific/Kiritimati" }, mtime: new Date("2030-06-15T12:00:00Z") });
    expect(first.ok && second.ok && third.ok).toBe(true);
    const reference = await hashTree(first.output);
    expect(Object.keys(reference).length).toBeGreaterThan(5);
    expect(await hashTree(second.output)).toEqual(reference);
    expect(await hashTree(third.output)).toEqual(reference);
  });
});

describe("a site hosted under /weekly/", async () => {
  const site = await buildSite({ pathPrefix: "/weekly/" });

  it("carries the prefix on every internal URL", async () => {
    expect(site.ok, site.stderr).toBe(true);
    for (const file of (await listFiles(site.output)).filter((f) => f.endsWith(".html"))) {
      const $ = cheerio.load(await site.read(file));
      const urls = $("a[href], link[href], script[src], img[src]")
        .map((_, e) => $(e).attr("href") ?? $(e).attr("src"))
        .get()
        .filter((url) => !/^(https?:|#|mailto:)/.test(url));
      expect(urls.length, file).toBeGreaterThan(0);
      for (const url of urls) expect(url, `${file}: ${url}`).toMatch(/^\/weekly\//);
      for (const url of $("link[rel=canonical], link[rel=alternate][hreflang]").map((_, e) => $(e).attr("href")).get()) {
        expect(url, file).toMatch(/^https:\/\/weekly\.example\.org\/weekly\//);
      }
    }
  });
});

describe("SITE_URL", () => {
  it("sets the origin of absolute links", async () => {
    const site = await buildSite({ env: { SITE_URL: "https://preview.example.net" } });
    const $ = cheerio.load(await site.read("zh-tw/issues/www-0x02/index.html"));
    expect($("link[rel=canonical]").attr("href")).toBe("https://preview.example.net/zh-tw/issues/www-0x02/");
    expect(await site.read("robots.txt")).toContain("Sitemap: https://preview.example.net/sitemap.xml");
  });

  it("is refused when it is not an origin, with the fix", async () => {
    const site = await buildSite({ env: { SITE_URL: "https://preview.example.net/weekly" } });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain('SITE_URL "https://preview.example.net/weekly" must be an origin only, like https://preview.example.net; a sub-folder goes in --pathprefix');
  });
});
