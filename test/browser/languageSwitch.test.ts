import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser.ts";
import { useBrowserSite } from "../support/browserSite.ts";

describe("the language switch in a browser", () => {
  const site = useBrowserSite();

  it("lands on the issue's translation", async () => {
    const { page, problems } = await openPage(site.browser, `${site.server.url}zh-tw/issues/www-0x02/`);
    await page.click("a.lang-switch");
    await page.waitForURL(/\/en\/issues\/www-0x02\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("WWW 0x02: Distroless Docker for distressed human");
    expect(problems).toEqual([]);
  });

  it("goes to the other language's home from an untranslated issue", async () => {
    const { page } = await openPage(site.browser, `${site.server.url}zh-tw/issues/www-0x01/`);
    await page.click("a.lang-switch");
    await page.waitForURL(/\/en\/$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
  });
});
