import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import { buildSite, issue, projectRoot } from "../support/buildSite.ts";
import { png, startImageHost, type ImageHost } from "../support/imageHost.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";
import { listFiles } from "../support/tree.ts";

// Not test/.artifacts/screenshots/: the browser gate requires that folder to hold its own screenshots only.
const SCREENSHOTS = join(projectRoot, "test/.artifacts/images");
const ISSUE = "zh-tw/issues/www-0x18";
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** What a page did: CSP violations, requests to other origins, and `<img>` without width or height. */
interface PageReport {
  violations: string[];
  foreign: string[];
  unsized: string[];
  broken: string[];
  /** The file the browser chose for each image. */
  chosen: string[];
}

describe("a site with local and remote images, in Chromium", () => {
  let host: ImageHost;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    host = await startImageHost();
    const body = [
      "這一期的第一段文字，說明下面的架構圖。",
      "![架構圖：瀏覽器、CDN 與伺服器](arch.png)",
      "第二段文字，後面是一張遠端的照片。",
      `![遠端的照片](${host.origin}/photo.png)`,
      "[![連到範例網站](photo.jpg)](https://example.com/)",
    ].join("\n\n");
    const photo = await png(500, 300, "#884422");
    const site = await buildSite({
      files: { [`${ISSUE}.md`]: issue({ title: "圖片", date: "2020-02-15T00:00:00+08:00", tags: "[Weekly]" }, `${body}\n`), [`${ISSUE}/arch.png`]: await png(1600, 900), [`${ISSUE}/photo.jpg`]: photo },
    });
    if (!site.ok) throw new Error(site.stderr);
    pages = (await listFiles(site.output)).filter((file) => file.endsWith(".html"));
    // The pages must include the issue with images, or this test would pass on no image at all.
    if (!pages.includes(`${ISSUE}/index.html`)) throw new Error(`no ${ISSUE} page was built`);
    server = await serveSite(site.output);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await host?.close();
  });

  async function visit(path: string, viewport = SIZES[0]!): Promise<PageReport & { screenshot(file: string): Promise<unknown> }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const own = new URL(server.url).origin;
    const foreign: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).origin !== own) foreign.push(request.url());
    });
    await page.goto(new URL(path.replace(/index\.html$/, ""), server.url).href, { waitUntil: "load" });
    // Lazy images load when near the viewport: bring each there, then wait for all to settle.
    for (const img of await page.locator("img").all()) await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.images].every((img) => img.complete));
    const report = await page.evaluate(() => ({
      violations: (window as unknown as { violations: string[] }).violations,
      unsized: [...document.images].filter((img) => !img.getAttribute("width") || !img.getAttribute("height")).map((img) => img.outerHTML),
      broken: [...document.images].filter((img) => img.naturalWidth === 0).map((img) => img.outerHTML),
      chosen: [...document.images].map((img) => img.currentSrc),
    }));
    return { ...report, foreign, screenshot: (file) => page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true }) };
  }

  it("shows every image of every page from the site itself, sized, with no CSP violation", async () => {
    for (const path of pages) {
      const { violations, foreign, unsized, broken } = await visit(path);
      expect({ path, violations, foreign, unsized, broken }).toEqual({ path, violations: [], foreign: [], unsized: [], broken: [] });
    }
  });

  it("loads the AVIF variant that fits the screen, and screenshots the issue on a phone and a desktop", async () => {
    const expected = { 390: "-640.avif", 1280: "-1280.avif" };
    for (const viewport of SIZES) {
      const report = await visit(`${ISSUE}/index.html`, viewport);
      expect(report.broken).toEqual([]);
      expect(report.chosen[0]).toMatch(new RegExp(`/img/\\S+${expected[viewport.width as 390 | 1280]}$`));
      await report.screenshot(`images-issue-${viewport.width}.png`);
    }
  });
});
