import { describe, expect, it } from "vitest";
import { translate } from "../../../src/core/translate.ts";
import { openPage } from "../../support/browser.ts";
import { useBrowserSite } from "../../support/browserSite.ts";

describe("a feed opened in a browser", () => {
  const site = useBrowserSite({ pathPrefix: "/weekly/" });

  // Chromium marks XSLT as deprecated by injecting a banner with inline styles and handlers;
  // the stylesheet's CSP blocks them. Those errors are the browser's; anything else is ours.
  const BANNER = "xslt-warning-banner";
  const bannerBlocked = /violates the following Content Security Policy directive/;

  const open = async (path: string) => {
    const watched = await openPage(site.browser, new URL(path, site.server.url).href);
    const { page } = watched;
    const banner = (await page.locator(BANNER).count()) > 0;
    const inline = await page.evaluate(
      (banner) =>
        [...document.querySelectorAll("*")]
          .filter((element) => !element.closest(banner))
          .flatMap((element) => element.getAttributeNames().filter((name) => name === "style" || name.startsWith("on"))),
      BANNER,
    );
    return {
      ...watched,
      problems: watched.problems.filter((problem) => !(banner && bannerBlocked.test(problem))),
      inline,
      lang: await page.locator("html").getAttribute("lang"),
      heading: await page.locator("h1").textContent(),
      note: await page.locator(".feed-note").textContent(),
      titles: await page.locator(".card-title a").allTextContents(),
      dates: await page.locator(".card time").allTextContents(),
    };
  };

  it("reads as a page in Chinese for the Chinese Atom feed, styled by the site itself", async () => {
    const view = await open("zh-tw/feed.xml");
    expect(view.lang).toBe("zh-Hant-TW");
    expect(view.heading).toBe("WWW 週報");
    expect(view.note).toBe(translate("zh-tw", "feed.preview.note"));
    expect(view.titles).toContain("WWW 0x03: 軟體工程裡的 C++ 與 C#");
    expect(view.dates).toContain("2020-02-01");
    const origin = new URL(site.server.url).origin;
    expect(view.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(view.requests).toContain(`${origin}/weekly/assets/site.css`);
    expect(view.problems).toEqual([]);
    expect(view.inline).toEqual([]);
  });

  it("reads as a page in English for the English RSS feed, with Taipei dates", async () => {
    const view = await open("en/rss.xml");
    expect(view.lang).toBe("en");
    expect(view.heading).toBe("WWW Weekly");
    expect(view.note).toBe(translate("en", "feed.preview.note"));
    expect(view.titles[0]).toBe("WWW 0x04: Distroless in questions");
    expect(view.dates).toContain("2020-02-01");
    expect(view.problems).toEqual([]);
  });

  it("works for a tag's feed under a Chinese URL", async () => {
    const view = await open("zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/feed.xml");
    expect(view.heading).toBe("WWW 週報：軟體工程");
    expect(view.titles).toEqual(["WWW 0x03: 軟體工程裡的 C++ 與 C#"]);
  });
});
