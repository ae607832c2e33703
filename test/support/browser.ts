import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";

// Debian's Chromium; no test tool may download a browser of its own.
const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error("Chromium not found: apt-get install chromium, or set CHROMIUM_PATH");
  return found;
}

/** Headless, and quiet: nothing phones home. Shared with `npm run audit`'s Lighthouse run. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface WatchedPage {
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Requests that failed, and console errors, as readable lines. */
  problems: string[];
}

/** Opens a page in a fresh context, recording its requests, failures and console errors. */
export async function openPage(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText;
    // Cancelled, not failed: Chromium fetches the icon after the load event, and a test that
    // navigates at once (a search submitted from the header) aborts it. A missing file is a
    // response with its status, never a failed request.
    if (reason === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${request.url()} ${reason}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.goto(url, { waitUntil: "load" });
  return { page, requests, problems };
}
