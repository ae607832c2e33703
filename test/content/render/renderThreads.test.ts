import { describe, expect, it } from "vitest";
import { renderThreads, WORKERS_VARIABLE } from "../../../src/content/render/renderThreads.ts";

const buildThreadAlone = { workers: 0, buildThreadRenders: true };

describe("the threads that render", () => {
  it("are one worker per core from 3,000 issues, the build's thread only handing out", () => {
    expect(renderThreads(3000, {}, 2)).toEqual({ workers: 2, buildThreadRenders: false });
    expect(renderThreads(8000, {}, 4)).toEqual({ workers: 4, buildThreadRenders: false });
  });
  it("are the build's own alone below 3,000 issues to render, where workers were measured to cost time", () =>
    expect(renderThreads(2999, {}, 2)).toEqual(buildThreadAlone));
  it("are the build's own alone on one core", () => expect(renderThreads(8000, {}, 1)).toEqual(buildThreadAlone));
  it("are the pool the variable forces, however many issues and cores, the build's thread only handing out", () => {
    expect(renderThreads(1, { [WORKERS_VARIABLE]: "4" }, 1)).toEqual({ workers: 4, buildThreadRenders: false });
    expect(renderThreads(8000, { [WORKERS_VARIABLE]: "0" }, 8)).toEqual(buildThreadAlone);
  });
  it("refuse a variable that is not a whole number, naming it, the value and the fix", () =>
    expect(() => renderThreads(10, { [WORKERS_VARIABLE]: "two" }, 2)).toThrow(
      'WEEKLY_RENDER_WORKERS is "two": set it to a whole number of render worker threads, such as 4, or 0 to render in the build\'s own thread alone',
    ));
});
