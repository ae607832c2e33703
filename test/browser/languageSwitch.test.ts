import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "../support/browser.ts";
import { buildSite } from "../support/buildSite.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";

describe("the language switch in a browser", () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    const site = await buildSite();
    if (!site.ok) throw new Error(site.stderr);
    server = await serveSite(site.output);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("lands on the issue's translation", async () => {
    const { page, problems } = await openPage(browser, `${server.url}zh-tw/issues/www-0x02/`);
    await page.click("a.lang-switch");
    await page.waitForURL(/\/en\/issues\/www-0x02\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("WWW 0x02: Distroless Docker for distressed human");
    expect(problems).toEqual([]);
  });

  it("goes to the other language's home from an untranslated issue", async () => {
    const { page } = await openPage(browser, `${server.url}zh-tw/issues/www-0x01/`);
    await page.click("a.lang-switch");
    await page.waitForURL(/\/en\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
  });
});
