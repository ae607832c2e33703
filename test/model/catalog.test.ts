import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Catalog } from "../../src/model/catalog.ts";
import { makeIssue } from "../support/issues.ts";

const names = (issues: { lang: string; name: string }[]) => issues.map((issue) => `${issue.lang}/${issue.name}`);

const zh1 = makeIssue({ name: "www-0x01", date: "2020-01-04T00:00:00+08:00" });
const zh2 = makeIssue({ name: "www-0x02", date: "2020-01-11T00:00:00+08:00" });
const zh3 = makeIssue({ name: "www-0x03", date: "2020-01-18T00:00:00+08:00" });
const en2 = makeIssue({ lang: "en", name: "www-0x02", date: "2020-01-11T00:00:00+08:00" });
const catalog = new Catalog([zh2, en2, zh3, zh1]);

describe("the catalog's lists", () => {
  it("hold each language's issues, newest first", () => {
    expect(names(catalog.byLang["zh-tw"])).toEqual(["zh-tw/www-0x03", "zh-tw/www-0x02", "zh-tw/www-0x01"]);
    expect(names(catalog.byLang.en)).toEqual(["en/www-0x02"]);
  });

  it("put the later name first when two issues share a date, whatever order they came in", () => {
    const a = makeIssue({ name: "a" });
    const b = makeIssue({ name: "b" });
    expect(names(new Catalog([a, b]).byLang["zh-tw"])).toEqual(["zh-tw/b", "zh-tw/a"]);
    expect(names(new Catalog([b, a]).byLang["zh-tw"])).toEqual(["zh-tw/b", "zh-tw/a"]);
  });
});

describe("an issue's neighbours", () => {
  it("are the older issue (previous) and the newer one (next) in its own language", () => {
    expect(catalog.previous(zh2)).toBe(zh1);
    expect(catalog.next(zh2)).toBe(zh3);
  });

  it("stop at the ends of the language's list", () => {
    expect(catalog.previous(zh1)).toBeUndefined();
    expect(catalog.next(zh3)).toBeUndefined();
    expect(catalog.previous(en2)).toBeUndefined();
    expect(catalog.next(en2)).toBeUndefined();
  });

  it("are none for an issue the catalog does not hold", () => {
    const stranger = makeIssue({ name: "www-0x09" });
    expect(catalog.previous(stranger)).toBeUndefined();
    expect(catalog.next(stranger)).toBeUndefined();
  });
});

describe("translation", () => {
  it("is the issue of the same name in the other language, if there is one", () => {
    expect(catalog.translation(zh2, "en")).toBe(en2);
    expect(catalog.translation(en2, "zh-tw")).toBe(zh2);
    expect(catalog.translation(zh3, "en")).toBeUndefined();
  });

  it("is the issue itself in its own language", () => {
    expect(catalog.translation(zh3, "zh-tw")).toBe(zh3);
  });
});

describe("issueAt", () => {
  it("finds an issue by its file, relative or absolute", () => {
    expect(catalog.issueAt("content/zh-tw/issues/www-0x02.md")).toBe(zh2);
    expect(catalog.issueAt("./content/en/issues/../issues/www-0x02.md")).toBe(en2);
    expect(catalog.issueAt(resolve("content/zh-tw/issues/www-0x03.md"))).toBe(zh3);
  });

  it("finds nothing for a file that is not a published issue", () => {
    expect(catalog.issueAt("content/en/issues/www-0x03.md")).toBeUndefined();
  });
});

describe("the archive", () => {
  const newYear = makeIssue({ lang: "en", name: "new-year", date: "2020-01-01T00:30:00+08:00" });
  const oldYear = makeIssue({ name: "old-year", date: "2019-12-31T23:30:00+08:00" });
  const archive = new Catalog([oldYear, zh1, newYear, en2, zh2]);
  const lines = (lang: "zh-tw" | "en") =>
    archive.archive(lang).map((group) => ({
      year: group.year,
      entries: group.entries.map((entry) => `${entry.issue.lang}/${entry.issue.name}${entry.foreign ? " (foreign)" : ""}`),
    }));

  it("lists every issue once, in the archive's language where translated, newest first, by year in Taipei", () => {
    expect(lines("zh-tw")).toEqual([
      { year: 2020, entries: ["zh-tw/www-0x02", "zh-tw/www-0x01", "en/new-year (foreign)"] },
      { year: 2019, entries: ["zh-tw/old-year"] },
    ]);
  });

  it("shows an untranslated issue of the other language as foreign", () => {
    expect(lines("en")).toEqual([
      { year: 2020, entries: ["en/www-0x02", "zh-tw/www-0x01 (foreign)", "en/new-year"] },
      { year: 2019, entries: ["zh-tw/old-year (foreign)"] },
    ]);
  });

  it("is empty without issues", () => {
    expect(new Catalog([]).archive("en")).toEqual([]);
  });
});
