import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/content/lint/finding.ts";
import { exitCode, jsonReport, textReport } from "../../src/author/checkReport.ts";

const error: Finding = { file: "content/zh-tw/issues/a.md", line: 3, severity: "error", message: 'date "2020-02-30" is not a calendar date', source: "date: 2020-02-30" };
const warning: Finding = { file: "content/zh-tw/issues/a.md", line: 9, severity: "warning", message: "heading #### skips a level" };

describe("the check's report", () => {
  it("says nothing, and passes, when nothing was found", () => {
    expect(textReport([])).toBe("");
    expect(exitCode([])).toBe(0);
  });

  it("prints each finding as the build prints a problem, then the count of each kind", () => {
    expect(textReport([error, warning])).toBe(
      'content/zh-tw/issues/a.md:3: date "2020-02-30" is not a calendar date\n      | date: 2020-02-30\n' +
        "content/zh-tw/issues/a.md:9: warning: heading #### skips a level\n1 error, 1 warning\n",
    );
    expect(textReport([warning, warning]).endsWith("\n0 errors, 2 warnings\n")).toBe(true);
  });

  it("fails on an error, not on warnings alone", () => {
    expect(exitCode([warning])).toBe(0);
    expect(exitCode([warning, error])).toBe(1);
  });

  it("gives editors one JSON array of file, line, severity and message", () => {
    expect(JSON.parse(jsonReport([error, warning]))).toEqual([
      { file: "content/zh-tw/issues/a.md", line: 3, severity: "error", message: 'date "2020-02-30" is not a calendar date' },
      { file: "content/zh-tw/issues/a.md", line: 9, severity: "warning", message: "heading #### skips a level" },
    ]);
    expect(jsonReport([])).toBe("[]\n");
  });
});
