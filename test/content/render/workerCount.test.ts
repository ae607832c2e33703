import { describe, expect, it } from "vitest";
import { WORKERS_VARIABLE, workerCount } from "../../../src/content/render/workerCount.ts";

describe("the number of render worker threads", () => {
  it("is one per core besides the build's own for many issues", () => expect(workerCount(8000, {}, 2)).toBe(1));
  it("is none below 8,000 issues to render, where a worker was not measured to pay", () => expect(workerCount(4000, {}, 2)).toBe(0));
  it("is none on one core", () => expect(workerCount(8000, {}, 1)).toBe(0));
  it("is what the variable says, however many issues and cores", () => {
    expect(workerCount(1, { [WORKERS_VARIABLE]: "4" }, 1)).toBe(4);
    expect(workerCount(4000, { [WORKERS_VARIABLE]: "0" }, 8)).toBe(0);
  });
  it("refuses a variable that is not a whole number, naming it, the value and the fix", () =>
    expect(() => workerCount(10, { [WORKERS_VARIABLE]: "two" }, 2)).toThrow(
      'WEEKLY_RENDER_WORKERS is "two": set it to a whole number of render worker threads, such as 4, or 0 to render in the build\'s own thread alone',
    ));
});
