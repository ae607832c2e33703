import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "../support/browser.ts";
import { buildSite, projectRoot } from "../support/buildSite.ts";
import { accessibilityProblems, COLOUR_RULES, keyboardProblems } from "../support/pageChecks.ts";
import { issueTexts, searchFor } from "../support/search.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";

const SCREENSHOTS = join(projectRoot, "test/.artifacts/screenshots");
const PHONE = { width: 390, height: 844 };

/** The fixture site built, served under `pathPrefix`, and Chromium; the issue paths containing `word` in `lang`. */
function useSearchSite(pathPrefix?: string) {
  const state = {} as { server: StaticServer; browser: Browser; containing(lang: string, word: string): Promise<string[]> };
  beforeAll(async () => {
    const site = await buildSite({ pathPrefix });
    if (!site.ok) throw new Error(site.stderr);
    state.server = await serveSite(site.output, pathPrefix);
    state.browser = await launchBrowser();
    state.containing = async (lang, word) =>
      (await issueTexts(site.output, lang)).filter((issue) => issue.text.includes(word)).map((issue) => `${(pathPrefix ?? "/").slice(0, -1)}${issue.path}`).sort();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}

/** Waits for the search the page started from its URL, and returns the issue paths it lists. */
async function resultsOf(page: import("playwright-core").Page): Promise<string[]> {
  await page.waitForSelector('#search-results[aria-busy="false"]', { state: "attached" });
  return (await page.locator("#search-results h2 a").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).sort();
}

describe("the search page in a browser", () => {
  const site = useSearchSite();

  it("takes 容器 from the header box of a Chinese page to results linking to each issue containing it", async () => {
    const { page, problems, requests } = await openPage(site.browser, `${site.server.url}zh-tw/issues/www-0x01/`);
    await page.fill(".site-search input", "容器");
    await page.press(".site-search input", "Enter");
    await page.waitForURL(/\/zh-tw\/search\/\?q=/);
    const expected = await site.containing("zh-tw", "容器");
    expect(expected.length).toBeGreaterThan(0);
    expect(await resultsOf(page)).toEqual(expected);
    expect(await page.locator("#search-query").inputValue()).toBe("容器");
    expect(await page.locator("#search-results mark").first().textContent()).toBe("容器");
    expect(await page.locator("#search-status").textContent()).toBe(`找到 ${expected.length} 期`);
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(site.server.url))).toEqual([]);
  });

  it("reads ?q= (and ?tag=) from the URL, and an English query finds only English issues", async () => {
    const { page, problems } = await openPage(site.browser, `${site.server.url}en/search/?q=distroless`);
    expect(await page.locator("#search-query").inputValue()).toBe("distroless");
    const found = await resultsOf(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter((path) => !path.startsWith("/en/"))).toEqual([]);
    const tagged = await openPage(site.browser, `${site.server.url}zh-tw/search/?q=${encodeURIComponent("映像檔")}&tag=Rust`);
    expect(await tagged.page.locator("#search-tag").inputValue()).toBe("Rust");
    const withTag = await resultsOf(tagged.page);
    expect(withTag).toEqual(["/zh-tw/issues/www-0x02/"]);
    expect([...problems, ...tagged.problems]).toEqual([]);
  });

  it("finds a Chinese tag's issues by its name", async () => {
    const { page } = await openPage(site.browser, `${site.server.url}zh-tw/search/`);
    expect(await searchFor(page, "軟體工程")).toEqual(await site.containing("zh-tw", "軟體工程"));
  });

  it("says when nothing is found, and suggests the archive and tags", async () => {
    const { page } = await openPage(site.browser, `${site.server.url}en/search/?q=zzzyzzy`);
    expect(await resultsOf(page)).toEqual([]);
    expect(await page.locator("#search-status").textContent()).toBe("No issue mentions “zzzyzzy”.");
    expect(await page.locator("#search-elsewhere").isVisible()).toBe(true);
    expect(await page.locator("#search-elsewhere .search-suggest").textContent()).toBe("Try browsing:");
    expect(await page.locator("#search-elsewhere a").allTextContents()).toEqual(["Archive", "Tags"]);
  });

  it("without JavaScript says search needs it and links to the archive and tags", async () => {
    const { page } = await openPage(site.browser, `${site.server.url}zh-tw/search/?q=容器`, { javaScriptEnabled: false });
    expect(await page.locator(".search-needs-script").isVisible()).toBe(true);
    expect(await page.locator("#search-elsewhere a").allTextContents()).toEqual(["歷史期數", "標籤"]);
  });

  it("is usable by keyboard alone: Tab reaches every control and result, each with a focus ring", async () => {
    const { page } = await openPage(site.browser, `${site.server.url}zh-tw/issues/www-0x01/`);
    // From the top of the page: the skip link, the title, the navigation, then the search box.
    while (!(await page.evaluate(() => document.activeElement?.id === "site-search"))) await page.keyboard.press("Tab");
    await page.keyboard.type("容器");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/zh-tw\/search\/\?q=/);
    await resultsOf(page);
    expect(await keyboardProblems(page)).toEqual([]);
  });

  it("has no serious accessibility problem with results shown, in either theme; screenshots", async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const [lang, query] of [["zh-tw", "容器"], ["en", "container"]] as const) {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page, problems } = await openPage(site.browser, `${site.server.url}${lang}/search/?q=${encodeURIComponent(query)}`, { viewport: PHONE, colorScheme });
        await resultsOf(page);
        expect(await accessibilityProblems(page, colorScheme === "dark" ? COLOUR_RULES : undefined)).toEqual([]);
        expect(problems).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `${lang}-search-390-${colorScheme}.png`), fullPage: true });
      }
    }
  });
});

describe("search under a path prefix", () => {
  const site = useSearchSite("/weekly/");

  it("loads its index and links results under the prefix", async () => {
    const { page, problems } = await openPage(site.browser, `${site.server.url}zh-tw/search/?q=${encodeURIComponent("容器")}`);
    const expected = await site.containing("zh-tw", "容器");
    expect(expected.every((path) => path.startsWith("/weekly/zh-tw/issues/"))).toBe(true);
    expect(await resultsOf(page)).toEqual(expected);
    expect(problems).toEqual([]);
  });
});
