import { describe, expect, it, vi } from "vitest";
import { formatProblem, warn, warnings } from "../../src/core/problems.ts";

describe("a problem", () => {
  it("is told as file:line: message, the line as written under it", () => {
    const problem = { file: "content/zh-tw/issues/a.md", line: 3, message: "date is missing", source: "date:" };
    expect(formatProblem(problem)).toBe("content/zh-tw/issues/a.md:3: date is missing\n      | date:");
    expect(formatProblem({ file: "content/en/issues/b.md", message: "x" }, "warning")).toBe("content/en/issues/b.md: warning: x");
  });

  it("is warned of once however often it is found, and counted", () => {
    const printed = vi.spyOn(console, "warn").mockImplementation(() => {});
    const before = warnings().length;
    const problem = { file: "content/zh/issues/c.md", message: "not published; move it to content/zh-tw/issues/" };
    warn(problem);
    warn({ ...problem });
    expect(printed.mock.calls).toEqual([["content/zh/issues/c.md: warning: not published; move it to content/zh-tw/issues/"]]);
    expect(warnings().length).toBe(before + 1);
    printed.mockRestore();
  });
});
