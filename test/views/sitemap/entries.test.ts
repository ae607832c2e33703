import { describe, expect, it } from "vitest";
import { notFoundPath } from "../../../src/core/paths.ts";
import type { PageFrame } from "../../../src/views/pages/frame.ts";
import { homeView } from "../../../src/views/pages/listPages.ts";
import { notFoundView } from "../../../src/views/pages/sharedPages.ts";
import { sitemapEntries } from "../../../src/views/sitemap/entries.ts";
import { makeModel } from "../../support/issues.ts";

const model = await makeModel([], { pathPrefix: "/weekly/" });
const page = (view?: { frame?: PageFrame }) => ({ data: { view } });

describe("sitemapEntries", () => {
  it("lists each page with a frame by its canonical URL, with its alternates", () => {
    const home = homeView(model, "en");
    expect(sitemapEntries([page(home)])).toEqual([{ loc: "https://weekly.example.org/weekly/en/", alternates: home.frame.alternates }]);
  });

  it("leaves out pages without a frame and pages kept out of the index", () => {
    const pages = [page(), page({}), page(notFoundView(model, notFoundPath)), page(homeView(model, "zh-tw"))];
    expect(sitemapEntries(pages).map((entry) => entry.loc)).toEqual(["https://weekly.example.org/weekly/zh-tw/"]);
  });

  it("orders entries by URL, whatever order the pages came in", () => {
    const frame = (loc: string) => ({ ...homeView(model, "en").frame, canonical: loc });
    const locs = ["https://w.example/zh-tw/", "https://w.example/en/tags/%E8%BB%9F/", "https://w.example/", "https://w.example/en/"];
    expect(sitemapEntries(locs.map((loc) => page({ frame: frame(loc) }))).map((entry) => entry.loc)).toEqual([
      "https://w.example/",
      "https://w.example/en/",
      "https://w.example/en/tags/%E8%BB%9F/",
      "https://w.example/zh-tw/",
    ]);
  });
});
