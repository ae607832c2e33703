import type { Issue } from "../content/issue.ts";
import { languages, site, type RelatedConfig } from "../core/site.ts";
import type { Catalog } from "./catalog.ts";
import { tagKey } from "./tags/identity.ts";

/**
 * How many of a shared tag's or domain's other issues, nearest in time, an issue looks at. It
 * keeps the work O(N·k) (k: an issue's tags and domains) however many issues share a key: a
 * tag on every issue would otherwise make it O(N²).
 */
const WINDOW = 24;

const DAY = 86_400_000;

/** The hosts an issue's body links to; `www.` dropped, so www.example.com and example.com are one. */
export function linkedDomains(html: string, ownHost: string): string[] {
  const hosts = new Set<string>();
  for (const match of html.matchAll(/href="https?:\/\/([^/"?#:]+)/g)) {
    const host = match[1]!.toLowerCase().replace(/^www\./, "");
    if (host !== ownHost) hosts.add(host);
  }
  return [...hosts];
}

/** What one issue can share with another: its tags and linked domains, each a key. */
function keysOf(issue: Issue, ownHost: string, weights: RelatedConfig["weights"]): Map<string, number> {
  const keys = new Map<string, number>();
  for (const tag of issue.tags) keys.set(`tag:${tagKey(tag)}`, weights.tags);
  for (const host of linkedDomains(issue.html, ownHost)) keys.set(`domain:${host}`, weights.domains);
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

/**
 * Each issue's related issues in one language, best first: a shared key counts its weight
 * times its rarity (ln(N / issues with it): a tag on few issues counts more, one on every
 * issue nothing), and nearness in time adds up to `weights.time` to an issue that shares
 * something. In the spirit of Hugo's related content (gohugo.io/content-management/related/):
 * an inverted index from key to issues, read only for the keys an issue has.
 */
function relatedIn(issues: Issue[], ownHost: string, config: RelatedConfig): Map<Issue, Issue[]> {
  const keys = issues.map((issue) => keysOf(issue, ownHost, config.weights));
  // Positions in `issues` (newest first), so each posting list is sorted by date too.
  const postings = new Map<string, number[]>();
  keys.forEach((issueKeys, position) => {
    for (const key of issueKeys.keys()) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(position);
    }
  });
  const related = new Map<Issue, Issue[]>();
  issues.forEach((issue, position) => {
    const scores = new Map<number, number>();
    for (const [key, weight] of keys[position]!) {
      const list = postings.get(key)!;
      const rarity = Math.log(issues.length / list.length);
      if (list.length < 2 || rarity <= 0) continue;
      const at = lowerBound(list, position);
      const from = Math.max(0, Math.min(at - WINDOW / 2, list.length - WINDOW - 1));
      for (const other of list.slice(from, from + WINDOW + 1)) {
        if (other !== position) scores.set(other, (scores.get(other) ?? 0) + weight * rarity);
      }
    }
    const ranked = [...scores].map(([other, score]) => {
      const days = Math.abs(issue.date.getTime() - issues[other]!.date.getTime()) / DAY;
      return { other, score: score + config.weights.time / (1 + days / config.halfLifeDays) };
    });
    // Ties go to the newer issue (the lower position): the same order in every build.
    ranked.sort((a, b) => b.score - a.score || a.other - b.other);
    const best = ranked.slice(0, config.count).map(({ other }) => issues[other]!);
    if (best.length > 0) related.set(issue, best);
  });
  return related;
}

/** Every published issue's related issues, in its own language (translations never list each other). */
export function relatedIssues(catalog: Catalog, origin: string, config: RelatedConfig = site.related): ReadonlyMap<Issue, Issue[]> {
  const ownHost = new URL(origin).hostname.replace(/^www\./, "");
  return new Map(languages.flatMap((lang) => [...relatedIn(catalog.byLang[lang], ownHost, config)]));
}
