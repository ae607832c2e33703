import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { affectedIssueFiles } from "../../src/dev/affected.ts";
import { Catalog } from "../../src/model/catalog.ts";
import { makeIssue } from "../support/issues.ts";

const zh = (name: string, day: number) => makeIssue({ name, date: `2020-01-${String(day).padStart(2, "0")}T00:00:00+08:00` });
const fileOf = (lang: string, name: string) => `content/${lang}/issues/${name}.md`;
const absolute = (...files: string[]) => files.map((file) => resolve(file)).sort();

// Four Chinese issues a week apart; the second translated.
const issues = [zh("a", 1), zh("b", 8), zh("c", 15), zh("d", 22), makeIssue({ lang: "en", name: "b", date: "2020-01-08T00:00:00+08:00" })];
const before = new Catalog(issues);

describe("the issue pages an edit affects", () => {
  it("are the edited issue, its neighbours and its translation", () => {
    expect(affectedIssueFiles(before, new Catalog(issues), [fileOf("zh-tw", "b")])).toEqual(
      absolute(fileOf("zh-tw", "a"), fileOf("zh-tw", "b"), fileOf("zh-tw", "c"), fileOf("en", "b")),
    );
  });

  it("include the neighbours before and after an edit that moves the issue's date", () => {
    const after = new Catalog(issues.map((issue) => (issue.lang === "zh-tw" && issue.name === "a" ? zh("a", 29) : issue)));
    expect(affectedIssueFiles(before, after, [fileOf("zh-tw", "a")])).toEqual(
      absolute(fileOf("zh-tw", "a"), fileOf("zh-tw", "b"), fileOf("zh-tw", "d")),
    );
  });

  it("leave out a deleted issue but include the pages that linked it", () => {
    const after = new Catalog(issues.filter((issue) => !(issue.lang === "zh-tw" && issue.name === "b")));
    expect(affectedIssueFiles(before, after, [fileOf("zh-tw", "b")])).toEqual(
      absolute(fileOf("zh-tw", "a"), fileOf("zh-tw", "c"), fileOf("en", "b")),
    );
  });

  it("include a new issue and its neighbours, also when there was no build before", () => {
    const after = new Catalog([...issues, zh("e", 29)]);
    const expected = absolute(fileOf("zh-tw", "d"), fileOf("zh-tw", "e"));
    expect(affectedIssueFiles(before, after, [fileOf("zh-tw", "e")])).toEqual(expected);
    expect(affectedIssueFiles(undefined, after, [resolve(fileOf("zh-tw", "e"))])).toEqual(expected);
  });

  it("are none for a file that is no issue", () => {
    expect(affectedIssueFiles(before, new Catalog(issues), ["content/zh-tw/about.md"])).toEqual([]);
  });
});
