import { describe, expect, it } from "vitest";
import { site } from "../../../src/core/site.ts";
import { archiveView, homeView } from "../../../src/views/pages/listPages.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const ORIGIN = "https://weekly.example.org/weekly";
/** More Chinese issues than a home page lists, one a week through 2020. */
const weekly = Array.from({ length: site.homeSize + 2 }, (_, i) =>
  makeIssue({ name: `www-${String(i + 1).padStart(2, "0")}`, date: new Date(Date.UTC(2020, 0, 4 + 7 * i)).toISOString() }),
);
const lastYear = makeIssue({ lang: "en", name: "www-00", date: "2019-12-28T00:00:00+08:00" });
const translated = makeIssue({ lang: "en", name: "www-01", date: weekly[0]?.date.toISOString() });
const model = await makeModel([...weekly, lastYear, translated], { pathPrefix: "/weekly/" });

describe("a home page", () => {
  it("lists its language's newest site.homeSize issues and links the archive", () => {
    const view = homeView(model, "zh-tw");
    expect(view.path).toBe("/zh-tw/");
    expect(view.heading).toBe("最新期數");
    expect(view.issues.map((card) => card.href)).toEqual(
      [...weekly].reverse().slice(0, site.homeSize).map((issue) => `/weekly/zh-tw/issues/${issue.name}/`),
    );
    expect(view.archive).toEqual({ href: "/weekly/zh-tw/archive/", label: "歷史期數" });
  });

  it("lists no issue of the other language", () => {
    expect(homeView(model, "en").issues.map((card) => card.href)).toEqual(["/weekly/en/issues/www-01/", "/weekly/en/issues/www-00/"]);
  });

  it("has both homes as alternates, x-default on the site root, and is the current navigation item", () => {
    const { frame } = homeView(model, "en");
    expect(frame.title).toBe("WWW Weekly");
    expect(frame.alternates).toEqual([
      { hreflang: "zh-TW", href: `${ORIGIN}/zh-tw/` },
      { hreflang: "en", href: `${ORIGIN}/en/` },
      { hreflang: "x-default", href: `${ORIGIN}/` },
    ]);
    expect(frame.languageSwitch.href).toBe("/weekly/zh-tw/");
    expect(frame.nav.find((item) => item.current)?.href).toBe("/weekly/en/");
  });
});

describe("an archive page", () => {
  it("lists every issue once by year, untranslated ones as foreign cards, and counts them all", () => {
    const view = archiveView(model, "en");
    expect(view.path).toBe("/en/archive/");
    expect(view.heading).toBe("Archive");
    expect(view.count).toBe(`${weekly.length + 1} issues`);
    expect(view.years.map((year) => [year.heading, year.id, year.issues.length])).toEqual([
      ["2020", "y2020", weekly.length],
      ["2019", "y2019", 1],
    ]);
    const cards = view.years[0]?.issues ?? [];
    expect(cards.at(-1)?.href).toBe("/weekly/en/issues/www-01/");
    expect(cards.at(-1)?.foreign).toBeUndefined();
    expect(cards[0]).toMatchObject({ href: `/weekly/zh-tw/issues/${weekly.at(-1)?.name}/`, foreign: { label: "Chinese" } });
  });

  it("speaks the archive's language in its headings and count", () => {
    const view = archiveView(model, "zh-tw");
    expect(view.count).toBe(`共 ${weekly.length + 1} 期`);
    expect(view.years.map((year) => year.heading)).toEqual(["2020 年", "2019 年"]);
  });

  it("is titled Archive, has both archives as alternates and is the current navigation item", () => {
    const { frame } = archiveView(model, "zh-tw");
    expect(frame.title).toBe("歷史期數 | WWW 週報");
    expect(frame.alternates.map((alternate) => alternate.href)).toEqual([
      `${ORIGIN}/zh-tw/archive/`,
      `${ORIGIN}/en/archive/`,
      `${ORIGIN}/zh-tw/archive/`,
    ]);
    expect(frame.nav.find((item) => item.current)?.href).toBe("/weekly/zh-tw/archive/");
  });
});
