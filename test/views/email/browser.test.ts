import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../support/browser.ts";
import { projectRoot } from "../../support/npmScript.ts";
import { editionOf, sampleIssues } from "./sampleEditions.ts";

/** Screenshots of every sample email at each width, to look at after a change (git-ignored). */
const SCREENSHOTS = join(projectRoot, "test/.artifacts/email");
const WIDTHS = [600, 360];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

describe("the sample emails in Chromium", () => {
  for (const issue of sampleIssues()) {
    for (const width of WIDTHS) {
      it(`${issue.lang}/${issue.name} at ${width} px: nothing wider than the window`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        // No test reaches the network: YouTube's stills are left out, their alt text shown.
        await page.route(/^https?:/, (route) => route.abort());
        await page.setContent(editionOf(issue).html, { waitUntil: "load" });
        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement!;
          const wider = [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((element) => element.outerHTML.slice(0, 80));
          return { scrollWidth: root.scrollWidth, wider };
        });
        await page.screenshot({ path: join(SCREENSHOTS, `${issue.lang}-${issue.name}-${width}.png`), fullPage: true });
        await context.close();
        expect(overflow.wider).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(width);
      });
    }
  }
});
