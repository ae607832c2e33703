import { describe, expect, it } from "vitest";
import { brokenIssueLinks } from "../../../src/model/lint/issueLinks.ts";
import { linted } from "./linted.ts";

const from = (hrefs: string[]) => linted({ name: "www-0x02", hrefs });
const others = [linted({ name: "www-0x01" }), linted({ name: "www-0x0A", draft: true }), linted({ lang: "en", name: "hello" }), linted({ name: "軟體", refused: true })];
const broken = (hrefs: string[]) => brokenIssueLinks([from(hrefs), ...others]).map(({ message }) => message);

describe("links to issues that do not exist", () => {
  it("accepts links to every listed issue however written: root-relative, relative, on the site's origin, encoded, with a fragment", () => {
    const hrefs = [
      "/zh-tw/issues/www-0x01/", "/zh-tw/issues/www-0x01", "/zh-tw/issues/www-0x01/#part", "../www-0x01/", "../www-0x01",
      "https://weekly.example.org/zh-tw/issues/www-0x01/", "/en/issues/hello/", "../../../en/issues/hello/",
      "/zh-tw/issues/www-0x0A/", "/zh-tw/issues/%E8%BB%9F%E9%AB%94/", "./", "../www-0x02/",
    ];
    expect(broken(hrefs)).toEqual([]);
  });

  it("leaves alone tag pages, homes, archives, an issue's files and other hosts", () => {
    expect(broken(["/zh-tw/tags/rust/", "/zh-tw/", "/en/archive/", "/zh-tw/issues/", "../www-0x99/diagram.png", "https://example.org/zh-tw/issues/www-0x99/", "mailto:a@example.org"])).toEqual([]);
  });

  it("is an error for each link to an issue no file makes, on the link's line", () => {
    expect(brokenIssueLinks([from(["/zh-tw/issues/www-0x99/", "../www-0x99", "https://weekly.example.org/en/issues/www-0x01/#x"]), ...others])).toEqual([
      { file: "content/zh-tw/issues/www-0x02.md", line: 9, severity: "error", message: "link to /zh-tw/issues/www-0x99/ leads to no issue: zh-tw has no www-0x99.md; correct the name, or remove the link" },
      { file: "content/zh-tw/issues/www-0x02.md", line: 9, severity: "error", message: "link to ../www-0x99 leads to no issue: zh-tw has no www-0x99.md; correct the name, or remove the link" },
      { file: "content/zh-tw/issues/www-0x02.md", line: 9, severity: "error", message: "link to https://weekly.example.org/en/issues/www-0x01/#x leads to no issue: en has no www-0x01.md; correct the name, or remove the link" },
    ]);
  });

  it("names the issue whose name differs only in case", () => {
    expect(broken(["../www-0x0a/", "/zh-tw/issues/%E8%BB%9F%E9%AB%94-2/"])).toEqual([
      "link to ../www-0x0a/ leads to no issue: zh-tw has no www-0x0a.md; did you mean /zh-tw/issues/www-0x0A/?",
      "link to /zh-tw/issues/軟體-2/ leads to no issue: zh-tw has no 軟體-2.md; correct the name, or remove the link",
    ]);
  });
});
