import { describe, expect, it } from "vitest";
import type { BuildResult } from "../../bench/builds.ts";
import { summarise } from "../../bench/measure.ts";
import type { SearchResult } from "../../bench/search.ts";
import { searchLines, targetLines } from "../../bench/report.ts";

function result(label: string, seconds: number[], peak = 300): BuildResult {
  const runs = seconds.map((s) => ({ seconds: s, peakMiB: peak }));
  return { label, seconds: summarise(seconds), peakMiB: summarise([peak]), pages: 10, runs };
}

describe("the bench's targets", () => {
  it("judge the product against Hugo, bare Eleventy, memory and growth at the largest corpus", () => {
    const builds = new Map([
      [1000, [result("cold", [2, 2, 2]), result("warm", [1, 1, 1]), result("bare", [2, 2, 2]), result("hugo", [2, 2, 2])]],
      [4000, [result("cold", [7, 8, 9], 460), result("warm", [4, 4, 4]), result("bare", [8, 8, 8]), result("hugo", [10, 10, 10])]],
    ]);
    expect(targetLines(builds)).toEqual([
      "target at 4000 (cold): product/bare 1.00 paired, 0.88 fastest to fastest, ≤ 1.5: met",
      "target at 4000 (cold): product/hugo 0.80 paired, 0.70 fastest to fastest, ≤ 0.9: met",
      "target at 4000 (cold): peak RSS 460 MiB ≤ 450: MISSED",
      "target (cold): time 4000/1000 = 4.00 ≤ 4.4: met",
      "target at 4000 (warm): product/bare 0.50 paired, 0.50 fastest to fastest, ≤ 1.5: met",
      "target at 4000 (warm): product/hugo 0.40 paired, 0.40 fastest to fastest, ≤ 0.6: met",
      "target at 4000 (warm): peak RSS 300 MiB ≤ 450: met",
      "target (warm): time 4000/1000 = 4.00 ≤ 4.4: met",
      "Hugo (hugo): time 4000/1000 = 5.00 (for comparison)",
    ]);
  });

  it("leave Hugo's targets out when Hugo did not run", () => {
    const builds = new Map([[4000, [result("cold", [12]), result("warm", [5]), result("bare", [8])]]]);
    const lines = targetLines(builds);
    expect(lines.some((line) => line.includes("hugo"))).toBe(false);
    expect(lines[0]).toBe("target at 4000 (cold): product/bare 1.50 paired, 1.50 fastest to fastest, ≤ 1.5: met");
  });

  it("judge search by cold builds paired with and without its index, at the largest corpus", () => {
    const index: SearchResult = { indexSeconds: summarise([1.5]), size: [{ lang: "zh-tw", files: 1, bytes: 2 ** 20, gzipBytes: 2 ** 18 }] };
    const builds = new Map([
      [1000, [result("cold", [3, 3]), result("no-index", [2, 3])]],
      [4000, [result("cold", [11, 12, 10]), result("no-index", [10, 10, 10])]],
    ]);
    const search = new Map<number, SearchResult>([
      [1000, index],
      [4000, { ...index, latencyMs: [{ query: "容器", ms: summarise([90, 400, 100]) }] }],
    ]);
    expect(searchLines(builds, search)).toEqual([
      "search at 1000: index 1.50 (1.50–1.50) s in one thread; zh-tw 1 files, 1.00 MiB (0.25 gzipped)",
      "search at 1000: cold build with search / without its index 1.25 (1.00–1.50); fastest 1.50",
      "search at 4000: index 1.50 (1.50–1.50) s in one thread; zh-tw 1 files, 1.00 MiB (0.25 gzipped)",
      "target at 4000: cold build with search / without its index 1.10 (1.00–1.20); fastest 1.00, ≤ 1.15: met",
      'target at 4000: first query "容器" 100 (90–400) ms ≤ 300: met',
    ]);
    builds.set(4000, [result("cold", [12, 12, 10]), result("no-index", [10, 10, 10])]);
    expect(searchLines(builds, search)[3]).toMatch(/1\.20 \(1\.00–1\.20\); fastest 1\.00, ≤ 1\.15: MISSED$/);
  });
});
