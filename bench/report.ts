import { UNINDEXED, type BuildResult } from "./builds.ts";
import type { DevServerResult } from "./devServer.ts";
import type { SearchResult } from "./search.ts";
import { summarise, type Summary } from "./measure.ts";
import { meets, ratioTo, type Ratio } from "./ratios.ts";

// The targets for the full product at the largest corpus (issue #21, and bare Eleventy's from before).
const MAX_BARE_RATIO = 1.5;
const MAX_HUGO_RATIO: Record<string, number> = { cold: 0.9, warm: 0.6 };
const MAX_PEAK_MIB = 450;
const MAX_SCALING = 4.4;
const MAX_EDIT_SECONDS = 0.2;
const PRODUCT = ["cold", "warm"];
const BASELINES = ["bare", "hugo"];
// Issue #17: search adds at most 15 % to the cold build; the first query's results within 300 ms.
const MAX_SEARCH_SHARE = 0.15;
const MAX_FIRST_QUERY_MS = 300;

export interface Report {
  machine: string;
  load: [number, number];
  builds: Map<number, BuildResult[]>;
  search: Map<number, SearchResult>;
  dev?: DevServerResult;
}

const range = (s: Summary, digits: number) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;
const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
const ratioText = (ratio: Ratio) => `${range(ratio.paired, 2)}; fastest ${ratio.fastest.toFixed(2)}`;

/** A product build's ratio to each baseline that ran at this size. */
function ratios(result: BuildResult, results: BuildResult[]): Map<string, Ratio> {
  const found = BASELINES.flatMap((label) => results.filter((r) => r.label === label));
  return new Map(found.map((baseline) => [baseline.label, ratioTo(result.runs, baseline.runs)]));
}

function printSize(size: number, results: BuildResult[], log: (line: string) => void): void {
  for (const r of results) {
    const rowRatios = PRODUCT.includes(r.label) ? [...ratios(r, results)].map(([label, ratio]) => `/${label} ${ratioText(ratio)}`) : [];
    log(`${String(size).padStart(6)}  ${r.label.padEnd(8)}  ${range(r.seconds, 2).padEnd(24)} ${range(r.peakMiB, 0).padEnd(31)} ${String(r.pages).padStart(5)}  ${rowRatios.join("  ")}`);
  }
}

/** The target lines for the largest corpus, each ending in met or MISSED. */
export function targetLines(builds: Map<number, BuildResult[]>): string[] {
  const sizes = [...builds.keys()].sort((a, b) => a - b);
  const largest = sizes.at(-1);
  const smallest = sizes[0];
  if (largest === undefined || smallest === undefined) return [];
  const results = builds.get(largest) ?? [];
  const lines: string[] = [];
  for (const label of [...PRODUCT, "hugo"]) {
    const top = results.find((r) => r.label === label);
    if (!top) continue;
    const product = label !== "hugo";
    if (product) {
      for (const [baseline, ratio] of ratios(top, results)) {
        const limit = baseline === "bare" ? MAX_BARE_RATIO : (MAX_HUGO_RATIO[label] ?? NaN);
        lines.push(`target at ${largest} (${label}): product/${baseline} ${ratio.paired.median.toFixed(2)} paired, ${ratio.fastest.toFixed(2)} fastest to fastest, ≤ ${limit}: ${verdict(meets(ratio, limit))}`);
      }
      lines.push(`target at ${largest} (${label}): peak RSS ${top.peakMiB.median.toFixed(0)} MiB ≤ ${MAX_PEAK_MIB}: ${verdict(top.peakMiB.median <= MAX_PEAK_MIB)}`);
    }
    const base = smallest === largest ? undefined : builds.get(smallest)?.find((r) => r.label === label);
    if (base) {
      const scaling = top.seconds.median / base.seconds.median;
      const allowed = MAX_SCALING * (largest / smallest / 4);
      const judged = product ? `≤ ${allowed.toFixed(1)}: ${verdict(scaling <= allowed)}` : "(for comparison)";
      lines.push(`${product ? "target" : "Hugo"} (${label}): time ${largest}/${smallest} = ${scaling.toFixed(2)} ${judged}`);
    }
  }
  return lines;
}

/** Prints the figures and the targets; returns true when the dev server left a page stale. */
export function printReport(report: Report, log: (line: string) => void): boolean {
  log("");
  log(`machine: ${report.machine}; load average ${report.load[0].toFixed(2)} before, ${report.load[1].toFixed(2)} after`);
  log("issues  build     wall s median (min–max)  peak RSS MiB median (min–max)  pages  product/baseline: paired median (min–max); fastest to fastest");
  for (const [size, results] of [...report.builds].sort(([a], [b]) => a - b)) printSize(size, results, log);
  log("");
  for (const line of targetLines(report.builds)) log(line);
  for (const line of searchLines(report.builds, report.search)) log(line);
  let stale = false;
  if (report.dev) {
    const { dev } = report;
    log(`dev server (${dev.command}): up in ${dev.startupSeconds.toFixed(1)} s`);
    const page = summarise(dev.edits.map((e) => e.pageSeconds));
    const done = summarise(dev.edits.map((e) => e.rebuildSeconds));
    log(`  edited page rewritten: ${range(page, 2)} s; rebuild finished: ${range(done, 2)} s`);
    for (const [i, edit] of dev.edits.entries()) {
      if (edit.stale.length === 0) continue;
      stale = true;
      log(`  FAILURE: edit ${i + 1} left ${edit.stale.length} of ${edit.checked} files stale: ${edit.stale.slice(0, 8).join(", ")}`);
    }
    log(`target: edit visible ${page.median.toFixed(2)} s ≤ ${MAX_EDIT_SECONDS} s: ${verdict(page.median <= MAX_EDIT_SECONDS)}`);
    log(`target: no stale page after an edit: ${stale ? "FAILED" : "met"} (${dev.edits[0]?.checked ?? 0} files showed the title)`);
  }
  return stale;
}

/** Search's lines: what its index adds to a cold build, paired; the index's own time and size; first-query latency. */
export function searchLines(builds: Report["builds"], searches: Report["search"]): string[] {
  const sizes = [...searches.keys()].sort((a, b) => a - b);
  const lines: string[] = [];
  for (const size of sizes) {
    const search = searches.get(size) as SearchResult;
    const files = search.size.map((s) => `${s.lang} ${s.files} files, ${(s.bytes / 2 ** 20).toFixed(2)} MiB (${(s.gzipBytes / 2 ** 20).toFixed(2)} gzipped)`).join("; ");
    lines.push(`search at ${size}: index ${range(search.indexSeconds, 2)} s in one thread; ${files}`);
    const results = builds.get(size) ?? [];
    const cold = results.find((r) => r.label === "cold");
    const unindexed = results.find((r) => r.label === UNINDEXED);
    if (cold && unindexed) {
      const ratio = ratioTo(cold.runs, unindexed.runs);
      const judged = size === sizes.at(-1);
      const limit = 1 + MAX_SEARCH_SHARE;
      lines.push(`${judged ? "target" : "search"} at ${size}: cold build with search / without its index ${ratioText(ratio)}${judged ? `, ≤ ${limit}: ${verdict(meets(ratio, limit))}` : ""}`);
    }
    for (const { query, ms } of search.latencyMs ?? []) {
      lines.push(`target at ${size}: first query "${query}" ${range(ms, 0)} ms ≤ ${MAX_FIRST_QUERY_MS}: ${verdict(ms.median <= MAX_FIRST_QUERY_MS)}`);
    }
  }
  return lines;
}
