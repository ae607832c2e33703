import { describe, expect, it } from "vitest";
import { Catalog } from "../../src/model/catalog.ts";
import { relatedIssues } from "../../src/model/related.ts";
import type { Issue } from "../../src/content/issue.ts";
import { makeIssue } from "../support/issues.ts";

const ORIGIN = "https://weekly.example.org";
const config = { count: 3, weights: { tags: 1, domains: 0.5, time: 0.5 }, halfLifeDays: 90 };

/** An issue `day` days into 2020, with these tags and links to these hosts. */
function issue(name: string, day: number, tags: string[], hosts: string[] = [], lang: "zh-tw" | "en" = "zh-tw"): Issue {
  const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString();
  return makeIssue({ name, lang, date, tags, linkHosts: hosts });
}

const names = (list: Issue[] | undefined) => list?.map((entry) => entry.name) ?? [];

/**
 * A corpus with known overlaps: `base` shares the rare tag Wasm with `rare`, the common tag Rust
 * with several, a domain with `linked`; `filler` issues make Rust common and Wasm rare.
 */
function corpus(): Issue[] {
  const filler = Array.from({ length: 8 }, (_, i) => issue(`filler-${i}`, 200 + i, ["Rust", `Only${i}`]));
  return [
    issue("base", 100, ["Rust", "Wasm"], ["blog.rust-lang.org"]),
    issue("rare", 10, ["wasm"]),
    issue("linked", 101, ["Other"], ["blog.rust-lang.org"]),
    issue("rust-near", 102, ["Rust"]),
    issue("rust-far", 1, ["Rust"]),
    issue("alone", 50, ["Nothing"], ["unrelated.example"]),
    ...filler,
  ];
}

describe("related issues", () => {
  it("ranks a rare shared tag above a common one, and a near issue above a far one", () => {
    const related = relatedIssues(new Catalog(corpus()), ORIGIN, config);
    const base = corpus().find((entry) => entry.name === "base");
    const found = [...related].find(([key]) => key.name === base?.name)?.[1];
    expect(names(found)).toEqual(["rare", "linked", "rust-near"]);
  });

  it("lists nothing for an issue that shares nothing", () => {
    const related = relatedIssues(new Catalog(corpus()), ORIGIN, config);
    expect([...related.keys()].map((entry) => entry.name)).not.toContain("alone");
  });

  it("never lists a translation or another language's issue", () => {
    const issues = [issue("www-0x01", 1, ["Rust"]), issue("www-0x01", 1, ["Rust"], [], "en"), issue("www-0x02", 2, ["Rust", "Go"], [], "en"), issue("www-0x03", 3, ["Go"], [], "en")];
    const related = relatedIssues(new Catalog(issues), ORIGIN, config);
    expect(related.get(issues[0]!)).toBeUndefined();
    expect(names(related.get(issues[1]!))).toEqual(["www-0x02"]);
  });

  it("breaks ties by the newer issue, the same way every time", () => {
    const issues = [issue("base", 10, ["A"]), issue("before", 5, ["A"]), issue("after", 15, ["A"]), issue("none", 20, ["B"])];
    const related = relatedIssues(new Catalog(issues), ORIGIN, config);
    expect(names(related.get(issues[0]!))).toEqual(["after", "before"]);
  });

  it("does not count links to the site's own host", () => {
    const issues = [issue("a", 1, [], ["weekly.example.org"]), issue("b", 2, [], ["weekly.example.org"]), issue("c", 3, ["X"])];
    expect(relatedIssues(new Catalog(issues), ORIGIN, config).size).toBe(0);
  });

  it("lists at most `count`, and none with count 0", () => {
    const issues = Array.from({ length: 6 }, (_, i) => issue(`i-${i}`, i, ["A"])).concat(issue("b", 9, ["B"]));
    expect(names(relatedIssues(new Catalog(issues), ORIGIN, config).get(issues[0]!))).toHaveLength(3);
    expect(relatedIssues(new Catalog(issues), ORIGIN, { ...config, count: 0 }).size).toBe(0);
  });

  it("in a later build of the process, show the issues as they are now, ranked afresh when an edit changes what ranks them", () => {
    const first = corpus();
    const baseOf = (issues: Issue[]) => issues.find((entry) => entry.name === "base")!;
    relatedIssues(new Catalog(first), ORIGIN, config);
    // As the dev server's loader gives them: an edited issue is a new object, every other the same.
    const retitled = first.map((entry) => (entry.name === "rare" ? { ...entry, title: "Retitled" } : entry));
    const shown = relatedIssues(new Catalog(retitled), ORIGIN, config).get(baseOf(retitled));
    expect(shown?.map((entry) => entry.title)[0]).toBe("Retitled");
    expect(shown?.[0]).toBe(retitled.find((entry) => entry.name === "rare"));
    const retagged = retitled.map((entry) => (entry.name === "rare" ? { ...entry, tags: ["Nothing"] } : entry));
    const ranked = relatedIssues(new Catalog(retagged), ORIGIN, config).get(baseOf(retagged));
    expect(names(ranked)).not.toContain("rare");
    expect(names(ranked)).toEqual(names(relatedIssues(new Catalog(retagged), ORIGIN, { ...config }).get(baseOf(retagged))));
  });
});
