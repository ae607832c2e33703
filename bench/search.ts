import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { imageSettings } from "../src/content/images/settings.ts";
import { createIssueLoader } from "../src/content/loadIssues.ts";
import { languages, siteUrl, type Lang } from "../src/core/site.ts";
import { searchIndexPath } from "../src/core/paths.ts";
import { searchIndexJson } from "../src/views/search/index.ts";
import { searchSources } from "../src/views/search/records.ts";
import { createBuildModel } from "../src/model/buildModel.ts";
import { launchBrowser, openPage } from "../test/support/browser.ts";
import { serveSite } from "../test/support/serve.ts";
import { summarise, type Summary } from "./measure.ts";

export interface SearchResult {
  /** Seconds to make both languages' indexes, the model already made, no index cache (what a cold build runs in a worker beside its pages). */
  indexSeconds: Summary;
  /** Bytes of each language's index (one file), as published and as a host sends it gzipped. */
  size: { lang: string; files: number; bytes: number; gzipBytes: number }[];
  /** ms from the query's input event to its results on screen, a fresh page each time; by query. */
  latencyMs?: { query: string; ms: Summary }[];
}

async function indexSize(site: string, lang: Lang) {
  const index = await readFile(join(site, searchIndexPath(lang)));
  return { files: 1, bytes: index.length, gzipBytes: gzipSync(index).length };
}

/**
 * The indexes alone, made `runs` times from the model the build makes (the render cache of the
 * cold build before it, so the loader only reads), without the index cache: a cold build spends
 * this in a worker beside Eleventy's writing.
 */
async function timeIndex(content: string, runs: number): Promise<Summary> {
  const issues = await createIssueLoader({ contentDir: content, pathPrefix: "/", origin: siteUrl(), images: imageSettings(content) })();
  const model = await createBuildModel(issues, { contentDir: content, pathPrefix: "/", origin: siteUrl(), mode: "production", now: new Date() });
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    for (const lang of languages) searchIndexJson(searchSources(model, lang));
    seconds.push((performance.now() - started) / 1000);
  }
  return summarise(seconds);
}

/**
 * The first query on a fresh search page, once the page is loaded and idle (its script has loaded
 * the language's index): the result pages its excerpts come from load after the query is typed
 * (pasted in one input event, so nothing for it loads ahead of it).
 * Measured in the page, from the input event (caught before the page's own listener) to the
 * results list no longer busy.
 */
async function firstQuery(site: string, lang: string, query: string, runs: number): Promise<Summary> {
  const server = await serveSite(site);
  const browser = await launchBrowser();
  const ms: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { page } = await openPage(browser, `${server.url}${lang}/search/`);
      // The page loads the index as it opens; a reader takes longer than this to reach the box.
      await page.waitForLoadState("networkidle");
      await page.evaluate(() => {
        const results = document.getElementById("search-results") as HTMLElement;
        let typed = 0;
        document.addEventListener("input", () => (typed = performance.now()), { capture: true });
        (window as unknown as { latency: Promise<number> }).latency = new Promise((resolve) => {
          new MutationObserver(() => {
            if (typed && results.ariaBusy === "false") resolve(performance.now() - typed);
          }).observe(results, { attributes: true, attributeFilter: ["aria-busy"] });
        });
      });
      await page.fill("#search-query", query);
      const latency = await page.evaluate(() => (window as unknown as { latency: Promise<number> }).latency);
      const shown = await page.locator("#search-results > li").count();
      if (shown === 0) throw new Error(`bench: "${query}" found nothing on the ${lang} search page`);
      ms.push(latency);
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return summarise(ms);
}

/** Search's cost on a built corpus: `site` is the product's output, `content` its issues. */
export async function measureSearch(site: string, content: string, runs: number, browser: boolean, log: (line: string) => void): Promise<SearchResult> {
  const size = await Promise.all(languages.map(async (lang) => ({ lang, ...(await indexSize(site, lang)) })));
  const indexSeconds = await timeIndex(content, runs);
  log(`  search index: ${indexSeconds.median.toFixed(2)} s; ${size.map((s) => `${s.lang} ${(s.bytes / 2 ** 20).toFixed(2)} MiB (${(s.gzipBytes / 2 ** 20).toFixed(2)} MiB gzipped)`).join(", ")}`);
  if (!browser) return { indexSeconds, size };
  const latencyMs = [];
  for (const [lang, query] of [["zh-tw", "效能提升"], ["zh-tw", "設計取捨"], ["en", "container"]] as const) {
    latencyMs.push({ query, ms: await firstQuery(site, lang, query, runs) });
    log(`  first query "${query}": ${latencyMs.at(-1)!.ms.median.toFixed(0)} ms`);
  }
  return { indexSeconds, size, latencyMs };
}
