import { describe, expect, it } from "vitest";
import { feedStylesheetView } from "../../../src/views/feeds/stylesheet.ts";
import { makeModel } from "../../support/issues.ts";

const model = await makeModel([], { pathPrefix: "/weekly/" });

describe("a feed's stylesheet", () => {
  it("is one per language, linking the site under the path prefix", () => {
    expect(feedStylesheetView(model, "zh-tw")).toMatchObject({
      path: "/zh-tw/feed.xsl",
      htmlLang: "zh-Hant-TW",
      siteTitle: "WWW 週報",
      homeHref: "/weekly/zh-tw/",
      cssHref: "/weekly/assets/site.css",
      iconHref: "/weekly/assets/favicon.svg",
    });
    expect(feedStylesheetView(model, "en")).toMatchObject({ path: "/en/feed.xsl", htmlLang: "en", homeHref: "/weekly/en/" });
  });

  it("tells a reader in their language what a feed is", () => {
    expect(feedStylesheetView(model, "en")).toMatchObject({
      note: "This is a feed: paste this page's address into a feed reader to get every new issue.",
      visit: "Visit the website",
      latest: "Latest issues",
    });
    expect(feedStylesheetView(model, "zh-tw")).toMatchObject({ visit: "前往網站", latest: "最新期數" });
  });
});
