import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.ts";
import {
  accessibilityProblems,
  COLOUR_RULES,
  keyboardProblems,
  measureProblems,
  overflowProblems,
  videoPlayProblems,
} from "../support/pageChecks.ts";

// The browser gates must fail on the faults they exist to catch, and pass what is fine.
const GOOD = `<!doctype html><html lang="en"><head><title>good</title><style>
  body { max-width: 40rem; margin: auto; font: 16px/1.6 sans-serif; color: #222; background: #fff; }
  a:focus-visible, pre:focus-visible { outline: 3px solid #0b57d0; }
  pre { overflow-x: auto; }
  @media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } a { color: #8ab4f8; } }
</style></head><body><main>
  <h1>Fine</h1><p>A readable column of text with <a href="#a">a link</a>.</p>
  <pre tabindex="0"><code>${"x".repeat(300)}</code></pre>
</main></body></html>`;

const BAD = `<!doctype html><html lang="en"><head><title>bad</title><style>
  body { margin: 0; font: 16px/1.6 sans-serif; color: #222; background: #fff; }
  a:focus { outline: none; }
  .pale { color: #bbb; }
  @media (prefers-color-scheme: dark) { body { background: #fff; color: #222; } .pale { color: #eee; } }
</style></head><body><main>
  <h1>Faulty</h1>
  <p style="width: 1200px">${"A very long line of running text that nobody can follow back. ".repeat(4)}</p>
  <p class="pale">Pale text.</p>
  <p><a href="#x">no focus ring</a> <a href="#y" tabindex="-1">out of the tab order</a></p>
  <div class="video" data-video-id="lviLZFciDv4"><a href="https://www.youtube.com/watch?v=lviLZFciDv4">Watch</a></div>
</main></body></html>`;

describe("the page checks behind the browser gates", () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  });
  afterAll(() => browser?.close());

  it("find nothing wrong with a page that is fine, a wide <pre> included", async () => {
    await page.setContent(GOOD);
    expect(await overflowProblems(page)).toEqual([]);
    expect(await measureProblems(page, 45)).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await keyboardProblems(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await accessibilityProblems(page, COLOUR_RULES)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("report overflow, long lines, low contrast, an invisible focus and an unreachable link", async () => {
    await page.setContent(BAD);
    expect(await overflowProblems(page)).toEqual([expect.stringMatching(/^page is \d+px wide in a 390px viewport: <p class="">/)]);
    expect(await measureProblems(page, 45)).toEqual([expect.stringMatching(/^<p> "A very long line.*" runs \d+\.\dem wide$/)]);
    expect(await accessibilityProblems(page)).toEqual([expect.stringMatching(/^color-contrast \[serious\]/)]);
    expect(await keyboardProblems(page)).toEqual([
      '<a> "no focus ring" → #x: no visible focus indicator',
      '<a> "Watch" → https://www.youtube.com/watch?v=lviLZFciDv4: no visible focus indicator',
      '<a> "out of the tab order" → #y: not reachable with Tab',
    ]);
  });

  it("report contrast that only the dark theme breaks", async () => {
    await page.setContent(BAD.replace(".pale { color: #bbb; }", ".pale { color: #555; }"));
    expect(await accessibilityProblems(page, COLOUR_RULES)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await accessibilityProblems(page, COLOUR_RULES)).toEqual([expect.stringMatching(/^color-contrast \[serious\]/)]);
    await page.emulateMedia({ colorScheme: "light" });
  });

  it("report a video placeholder that offers no play button", async () => {
    await page.setContent(BAD);
    expect(await videoPlayProblems(page)).toEqual(["video lviLZFciDv4: no play button"]);
  });
});
