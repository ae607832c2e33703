import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.ts";
import { buildSite, type BuildOptions } from "./buildSite.ts";
import { serveSite, type StaticServer } from "./serve.ts";

export interface BrowserSite {
  browser: Browser;
  server: StaticServer;
}

/**
 * For a describe block: builds the fixture site, serves it (under its path prefix, if any)
 * and starts Chromium before the tests; stops both after them.
 */
export function useBrowserSite(options: BuildOptions = {}): BrowserSite {
  const state = {} as BrowserSite;
  beforeAll(async () => {
    const site = await buildSite(options);
    if (!site.ok) throw new Error(site.stderr);
    state.server = await serveSite(site.output, options.pathPrefix);
    state.browser = await launchBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.server?.close();
  });
  return state;
}
