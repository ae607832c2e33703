import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import * as cheerio from "cheerio";
import type { Page } from "playwright-core";

/** An issue page of a built site: its path and the text its article shows (title, tags, body). */
export interface IssueText {
  path: string;
  text: string;
}

/** Every issue page of one language in a built site, with its article's text as the page holds it. */
export async function issueTexts(output: string, lang: string): Promise<IssueText[]> {
  const folder = join(output, lang, "issues");
  const names = await readdir(folder);
  return Promise.all(
    names.map(async (name) => {
      const $ = cheerio.load(await readFile(join(folder, name, "index.html"), "utf8"));
      // Blocks and list items read apart, as a browser lays them out (tags: Rust DevOps, not RustDevOps).
      $("article").find("p, li, h1, h2, h3, h4, dt, dd, pre, blockquote").append("\n");
      return { path: `/${lang}/issues/${encodeURIComponent(name)}/`, text: $("article").text() };
    }),
  );
}

/**
 * Types `query` into the search page's box (as a reader would, so the page's own script runs it
 * through the index), waits for the results, shows them all, and returns the paths they link to.
 */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.fill("#search-query", query);
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: "attached" });
  while ((await page.locator(".search-more").count()) > 0) {
    const shown = await page.locator("#search-results > li").count();
    await page.click(".search-more");
    await page.waitForFunction((before) => document.querySelectorAll("#search-results > li").length > before, shown);
  }
  return page.locator("#search-results h2 a").evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}
