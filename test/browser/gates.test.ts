import { mkdir, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRequiredPages, REQUIRED_PAGES } from "../gates/requiredPages.ts";
import { launchBrowser, openPage, type WatchedPage } from "../support/browser.ts";
import { projectRoot } from "../support/buildSite.ts";
import {
  accessibilityProblems,
  COLOUR_RULES,
  firstParagraphTop,
  keyboardProblems,
  measureProblems,
  overflowProblems,
  videoPlayProblems,
} from "../support/pageChecks.ts";
import { buildSampleSite, pageUrl, type SampleSite } from "../support/sampleSite.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** Longest readable line, in em of the text's own size. */
const MAX_MEASURE_EM = 45;
/** On a phone the first sentence starts this close to the top. */
const FIRST_PARAGRAPH_MAX_TOP = 350;
const SCREENSHOTS = join(projectRoot, "test/.artifacts/screenshots");
/** Pages audited at once, each in its own browser context: Chromium works while Node waits. */
const PARALLEL = 3;

type Check = "network" | "axeLight" | "axeDark" | "overflow" | "measure" | "keyboard" | "firstParagraph";
const findings: Record<Check, string[]> = {
  network: [], axeLight: [], axeDark: [], overflow: [], measure: [], keyboard: [], firstParagraph: [],
};

/** Console errors, failed requests, and any request that leaves the local server. */
function networkProblems({ requests, problems }: WatchedPage, origin: string): string[] {
  const foreign = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
  return [...problems, ...foreign.map((url) => `request to another host: ${url}`)];
}

describe("browser gates over every page of the sample site", () => {
  let site: SampleSite;
  let server: StaticServer;
  let browser: Browser;
  let screenshotOf: Map<string, string>;
  let missing: string[];

  async function shoot(page: Page, file: string, scheme: string, sizes: (typeof PHONE)[]): Promise<void> {
    const stem = screenshotOf.get(file);
    if (!stem) return;
    for (const size of sizes) {
      await page.setViewportSize(size);
      await page.screenshot({ path: join(SCREENSHOTS, `${stem}-${size.width}-${scheme}.png`), fullPage: true });
    }
  }

  /**
   * One load per page: light on a phone, then the same page widened to a desktop and switched to
   * dark. Each check runs where it matters; colour-blind checks need not run twice.
   */
  async function audit(file: string): Promise<void> {
    const url = new URL(pageUrl(file), server.url).href;
    const note = (check: Check, where: string, lines: string[]) => findings[check].push(...lines.map((l) => `${file} [${where}] ${l}`));
    const watched = await openPage(browser, url, { viewport: PHONE, colorScheme: "light" });
    const { page } = watched;

    note("overflow", "390px", await overflowProblems(page));
    if (/\/issues\//.test(file)) {
      const top = await firstParagraphTop(page);
      if (top === undefined || top > FIRST_PARAGRAPH_MAX_TOP) note("firstParagraph", "390px", [`first paragraph of .issue-body at ${top}px`]);
    }
    await shoot(page, file, "light", [PHONE, DESKTOP]);
    await page.setViewportSize(DESKTOP);
    note("measure", "1280px", await measureProblems(page, MAX_MEASURE_EM));
    note("axeLight", "light", await accessibilityProblems(page));

    await page.emulateMedia({ colorScheme: "dark" });
    await shoot(page, file, "dark", [PHONE, DESKTOP]);
    note("axeDark", "dark", await accessibilityProblems(page, COLOUR_RULES));
    note("keyboard", "1280px dark", await keyboardProblems(page));
    note("network", "load", networkProblems(watched, new URL(server.url).origin));
    // Last, since pressing play is meant to reach YouTube: that request is answered locally.
    note("keyboard", "1280px dark", await videoPlayProblems(page));
    await page.context().close();
  }

  beforeAll(async () => {
    site = await buildSampleSite();
    server = await serveSite(site.output);
    browser = await launchBrowser();
    // A fresh folder, so what is there after the run is what this run wrote.
    await rm(SCREENSHOTS, { recursive: true, force: true });
    await mkdir(SCREENSHOTS, { recursive: true });
    const required = await findRequiredPages(site);
    missing = required.missing;
    screenshotOf = new Map(REQUIRED_PAGES.flatMap((page) => {
      const file = required.found.get(page);
      return file && page.screenshot ? [[file, page.screenshot] as const] : [];
    }));
    const queue = [...site.pages];
    const worker = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) await audit(file);
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("covers every kind of page in both languages", () => {
    expect(missing).toEqual([]);
  });

  it("logs no console error, no failed request, and requests nothing from another host", () => {
    expect(findings.network).toEqual([]);
  });

  it("has no serious or critical axe-core violation in light mode", () => {
    expect(findings.axeLight).toEqual([]);
  });

  it("has no serious or critical axe-core violation in dark mode, contrast included", () => {
    expect(findings.axeDark).toEqual([]);
  });

  it("never overflows a 390 px phone screen sideways", () => {
    expect(findings.overflow).toEqual([]);
  });

  it(`keeps lines of text within ${MAX_MEASURE_EM}em at 1280 px`, () => {
    expect(findings.measure).toEqual([]);
  });

  it("reaches every link, block and video button with Tab, shows focus, and plays a video from the keyboard", () => {
    expect(findings.keyboard).toEqual([]);
  });

  it(`starts an issue's first paragraph within ${FIRST_PARAGRAPH_MAX_TOP} px of the top of a phone screen`, () => {
    expect(findings.firstParagraph).toEqual([]);
  });

  it("writes screenshots of the issue page and home, in both languages, at 390 and 1280 px", async () => {
    const expected = REQUIRED_PAGES.flatMap((page) => page.screenshot ?? []).flatMap((stem) =>
      ["light", "dark"].flatMap((scheme) => [PHONE, DESKTOP].map((size) => `${stem}-${size.width}-${scheme}.png`)),
    );
    expect((await readdir(SCREENSHOTS)).sort()).toEqual(expected.sort());
  });
});
