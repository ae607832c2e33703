import type { Issue } from "../content/issue.ts";
import { processCache } from "../core/processCache.ts";
import { languages, site, type RelatedConfig } from "../core/site.ts";
import type { Catalog } from "./catalog.ts";
import { issueTags } from "./tags/tagIndex.ts";

/**
 * How many of a shared tag's or domain's other issues, nearest in time, an issue looks at. It
 * keeps the work O(N·k) (k: an issue's tags and domains) however many issues share a key: a
 * tag on every issue would otherwise make it O(N²).
 */
const WINDOW = 24;

const DAY = 86_400_000;

/** What one issue can share with another: its tags and linked domains, each a key. */
function keysOf(issue: Issue, ownHost: string, weights: RelatedConfig["weights"]): Map<string, number> {
  const keys = new Map<string, number>();
  // issueTags: normalised once per issue, already by the tag index of this build.
  for (const tag of issueTags(issue)) keys.set(`tag:${tag.key}`, weights.tags);
  // The site's own host is left out: every issue may link home, which says nothing.
  for (const host of issue.linkHosts) if (host !== ownHost) keys.set(`domain:${host}`, weights.domains);
  return keys;
}

/** The first index in `sorted` whose value is at least `value`. */
function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

interface Ranked {
  other: number;
  score: number;
}

/** Ties go to the newer issue (the lower position): the same order in every build. */
const before = (a: Ranked, b: Ranked) => a.score > b.score || (a.score === b.score && a.other < b.other);

/** Inserts `entry` into `best` (sorted, at most `count` long) if it belongs there: no sort of every candidate. */
function keepBest(best: Ranked[], entry: Ranked, count: number): void {
  let at = best.length;
  while (at > 0 && before(entry, best[at - 1]!)) at--;
  if (at < count) {
    best.splice(at, 0, entry);
    if (best.length > count) best.pop();
  }
}

/**
 * Each issue's related issues in one language, best first, as positions in `issues`: a shared
 * key counts its weight times its rarity (ln(N / issues with it): a tag on few issues counts
 * more, one on every issue nothing), and nearness in time adds up to `weights.time` to an issue
 * that shares something. In the spirit of Hugo's related content (gohugo.io/content-management/related/):
 * an inverted index from key to issues, read only for the keys an issue has.
 */
function rankIn(issues: Issue[], keys: Map<string, number>[], config: RelatedConfig): Map<number, number[]> {
  // Positions in `issues` (newest first), so each posting list is sorted by date too.
  const postings = new Map<string, number[]>();
  keys.forEach((issueKeys, position) => {
    for (const key of issueKeys.keys()) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(position);
    }
  });
  const ranks = new Map<number, number[]>();
  // One score per issue, reset after each, not a Map per issue; with the shared tag keys and
  // keepBest: ~120 → ~55 ms of CPU at 4,000 issues (bench/related.ts, on a busy host).
  const scores = new Float64Array(issues.length);
  const touched: number[] = [];
  issues.forEach((issue, position) => {
    for (const [key, weight] of keys[position]!) {
      const list = postings.get(key)!;
      const rarity = Math.log(issues.length / list.length);
      if (list.length < 2 || rarity <= 0) continue;
      const at = lowerBound(list, position);
      const from = Math.max(0, Math.min(at - WINDOW / 2, list.length - WINDOW - 1));
      for (let i = from; i < Math.min(list.length, from + WINDOW + 1); i++) {
        const other = list[i]!;
        if (other === position) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight * rarity;
      }
    }
    const best: Ranked[] = [];
    for (const other of touched) {
      const days = Math.abs(issue.date.getTime() - issues[other]!.date.getTime()) / DAY;
      keepBest(best, { other, score: scores[other]! + config.weights.time / (1 + days / config.halfLifeDays) }, config.count);
      scores[other] = 0;
    }
    touched.length = 0;
    if (best.length > 0) ranks.set(position, best.map(({ other }) => other));
  });
  return ranks;
}

interface Ranking {
  issues: Issue[];
  keys: Map<string, number>[];
  ownHost: string;
  config: RelatedConfig;
  ranks: Map<number, number[]>;
}

const sameKeys = (a: Map<string, number>, b: Map<string, number>) => a.size === b.size && [...a].every(([key, weight]) => b.get(key) === weight);

/**
 * Whether `issues` rank as `last` did: the same files in the same order with the same dates and
 * keys. An issue the loader did not read again is the same object, so only edited ones are compared.
 */
function ranksAsBefore(last: Ranking | undefined, issues: Issue[], keys: (position: number) => Map<string, number>): boolean {
  if (!last || last.issues.length !== issues.length) return false;
  return issues.every((issue, i) => {
    const was = last.issues[i]!;
    return issue === was || (issue.file === was.file && issue.date.getTime() === was.date.getTime() && sameKeys(keys(i), last.keys[i]!));
  });
}

/**
 * The ranks of one language's issues. The last ranking is kept for the process's next build
 * (the dev server's): an edit that changes no issue's date, tags or linked domains, as most do,
 * ranks the same, and reusing it took ~50 ms off each rebuild at 4,000 issues.
 */
function ranksIn(lang: string, issues: Issue[], ownHost: string, config: RelatedConfig): Map<number, number[]> {
  const kept = processCache("related ranks", () => new Map<string, Ranking>());
  const last = kept.get(lang);
  const keys: Map<string, number>[] = [];
  const keysAt = (i: number) => (keys[i] ??= keysOf(issues[i]!, ownHost, config.weights));
  if (last?.ownHost === ownHost && last.config === config && ranksAsBefore(last, issues, keysAt)) {
    kept.set(lang, { ...last, issues, keys: issues.map((_, i) => keys[i] ?? last.keys[i]!) });
    return last.ranks;
  }
  const all = issues.map((_, i) => keysAt(i));
  const ranks = rankIn(issues, all, config);
  kept.set(lang, { issues, keys: all, ownHost, config, ranks });
  return ranks;
}

/** Every published issue's related issues, in its own language (translations never list each other). */
export function relatedIssues(catalog: Catalog, origin: string, config: RelatedConfig = site.related): ReadonlyMap<Issue, Issue[]> {
  const ownHost = new URL(origin).hostname.replace(/^www\./, "");
  const related = new Map<Issue, Issue[]>();
  for (const lang of languages) {
    const issues = catalog.byLang[lang];
    for (const [position, others] of ranksIn(lang, issues, ownHost, config)) {
      related.set(issues[position]!, others.map((other) => issues[other]!));
    }
  }
  return related;
}
