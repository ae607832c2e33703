import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { affectedIssueFiles, relatedChangedFiles } from "../../src/dev/affected.ts";
import { relatedIssues } from "../../src/model/related.ts";
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

describe("the issue pages whose related issues an edit changes", () => {
  const tagged = (name: string, day: number, tags: string[], title = `Title ${name}`) =>
    makeIssue({ name, title, tags, date: `2020-02-${String(day).padStart(2, "0")}T00:00:00+08:00` });
  const corpus = [tagged("p", 1, ["Rust"]), tagged("q", 2, ["Rust"]), tagged("r", 3, ["Go"]), tagged("s", 4, ["Go"]), tagged("t", 5, ["Zig"])];
  const relatedOf = (list: typeof corpus) => relatedIssues(new Catalog(list), "https://weekly.example.org");

  it("are none when nothing a related section shows changed", () => {
    const after = corpus.map((issue) => (issue.name === "t" ? tagged("t", 5, ["Zig"]) : issue));
    expect(relatedChangedFiles(relatedOf(corpus), relatedOf(after), new Catalog(after))).toEqual([]);
  });

  it("are the pages listing an issue whose title changed", () => {
    const after = corpus.map((issue) => (issue.name === "p" ? tagged("p", 1, ["Rust"], "New title") : issue));
    expect(relatedChangedFiles(relatedOf(corpus), relatedOf(after), new Catalog(after))).toEqual(absolute(fileOf("zh-tw", "q")));
  });

  it("are the pages gaining or losing an issue whose tags changed", () => {
    const after = corpus.map((issue) => (issue.name === "t" ? tagged("t", 5, ["Go"]) : issue));
    expect(relatedChangedFiles(relatedOf(corpus), relatedOf(after), new Catalog(after))).toEqual(
      absolute(fileOf("zh-tw", "r"), fileOf("zh-tw", "s"), fileOf("zh-tw", "t")),
    );
  });
});
