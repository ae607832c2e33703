import { gzipSync } from "node:zlib";
import { load } from "cheerio";
import { beforeAll, describe, expect, it } from "vitest";
import { isLang, site as config, type Lang } from "../../src/core/site.ts";
import { buildSampleSite, type SampleSite } from "../support/sampleSite.ts";

// The reader's budget: an issue page, with the CSS and JS it loads, before media.
const ISSUE_BUDGET_GZIP = 20 * 1024;
// Stated here, not imported: the gate checks the code, it does not repeat it.
const HTML_LANG: Record<Lang, string> = { "zh-tw": "zh-Hant-TW", en: "en" };
const gzipSize = (text: string) => gzipSync(text).length;

describe("reader gates over the sample site", () => {
  let site: SampleSite;
  beforeAll(async () => {
    site = await buildSampleSite();
  });

  it(`keeps every issue page within ${ISSUE_BUDGET_GZIP / 1024} KB gzipped, CSS and JS included`, async () => {
    const issues = site.pages.filter((page) => /^[^/]+\/issues\/[^/]+\/index\.html$/.test(page));
    expect(issues.length).toBeGreaterThan(0);
    const over: string[] = [];
    for (const page of issues) {
      const html = await site.read(page);
      const $ = load(html);
      const assets = [
        ...$('link[rel="stylesheet"]').map((_, el) => $(el).attr("href")).get(),
        ...$("script[src]").map((_, el) => $(el).attr("src")).get(),
      ];
      let total = gzipSize(html);
      for (const asset of assets) total += gzipSize(await site.read(decodeURIComponent(asset.replace(/^\//, ""))));
      if (total > ISSUE_BUDGET_GZIP) over.push(`${page}: ${total} bytes gzipped with ${assets.join(", ")}`);
    }
    expect(over).toEqual([]);
  });

  it("declares each page's language: zh-Hant-TW for Chinese pages and the shared ones, en for English", async () => {
    const wrong: string[] = [];
    for (const page of site.pages) {
      const first = page.split("/")[0] ?? "";
      const expected = HTML_LANG[isLang(first) ? first : config.defaultLang];
      const declared = load(await site.read(page))("html").attr("lang");
      if (declared !== expected) wrong.push(`${page}: lang="${declared}", expected "${expected}"`);
    }
    expect(wrong).toEqual([]);
  });
});
