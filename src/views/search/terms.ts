import { stemmer } from "stemmer";

/**
 * How text becomes search terms, for the index (the build) and for a query (the search page's
 * script, which esbuild bundles with this file: src/eleventy/searchScript.ts), so the two cannot
 * drift. Chinese (and Japanese, Korean) has no spaces between words, and no segmenter cuts a
 * word the same way inside a sentence as typed alone (github.com/Pagefind/pagefind/issues/1237);
 * so a CJK run is indexed as every pair of neighbouring characters, and its last character
 * alone. A query's run is then its own pairs, which any text containing it has: recall is
 * total. A single character is searched as the start of a term (engine.ts): every character of
 * a run starts a pair or is its last.
 */
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}`;

/** A CJK run, or a word of any other script (letters, digits, marks); everything else cuts. */
const TOKEN = new RegExp(String.raw`([${CJK}]+)|[[\p{L}\p{N}\p{M}]--[${CJK}]]+`, "gv");

/** English words are stemmed (Porter), so "containers" finds "container"; other words only lower-cased. */
const LATIN_LETTERS = /^[a-z]+$/;

const normalise = (word: string) => {
  const lower = word.toLowerCase();
  return LATIN_LETTERS.test(lower) ? stemmer(lower) : lower;
};

/**
 * CJK characters as one term: "~", then five hex digits a character. MiniSearch's tree scans a
 * node's children one by one, and Chinese gives its root a child per character that starts a
 * term; in hex a node has at most sixteen (the Chinese index ~23 % faster to make at 4,000
 * issues, its terms' insertion 2.5×). No word holds "~", so none can meet a CJK term.
 */
export function cjkTerm(chars: string): string {
  let term = "~";
  for (const char of chars) term += char.codePointAt(0)!.toString(16).padStart(5, "0");
  return term;
}

const SINGLE_CJK_TERM = /^~[0-9a-f]{5}$/;

/** Each token of the text: a CJK run (its first group), or a word. */
function scan(text: string, onRun: (run: string) => void, onWord: (word: string) => void): void {
  for (const match of text.matchAll(TOKEN)) {
    if (match[1] === undefined) onWord(match[0]);
    else onRun(match[0]);
  }
}

/**
 * The terms of one index's issues, each issue's once (a count per term cost a third of the
 * index's time at 4,000 issues, and ranking keeps the title's boost and each term's rarity);
 * the function keeps the stems it has made, so one index stems each word once.
 */
export function createIndexTerms(): (text: string) => string[] {
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) stems.set(word, (stemmed = normalise(word)));
    return stemmed;
  };
  return (text) => {
    const terms = new Set<string>();
    scan(
      text,
      (run) => {
        let previous = "";
        for (const char of run) {
          if (previous) terms.add(cjkTerm(previous + char));
          previous = char;
        }
        terms.add(cjkTerm(previous));
      },
      (word) => terms.add(stem(word)),
    );
    return [...terms];
  };
}

const TYPED_WORD = /^[\p{Script=Latin}\p{N}]{3,}$/u;

/**
 * Whether a query's term matches as the start of the index's terms: a single CJK character
 * (it starts a pair, or ends a run), and the query's last word while it is typed ("kube" finds
 * Kubernetes; never a pair, which is exact).
 */
export const matchesAsPrefix = (term: string, index: number, terms: string[]) =>
  SINGLE_CJK_TERM.test(term) || (index === terms.length - 1 && TYPED_WORD.test(term));

/**
 * A query as terms that an issue must all have: its words, and each CJK run as its pairs (a
 * single character as itself). Pairs need not be neighbours in the issue to match, so an issue
 * with 資料 and 料庫 apart is found for 資料庫 too; the excerpt shows where the query is.
 */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  scan(
    query,
    (run) => {
      const chars = [...run];
      terms.push(...(chars.length === 1 ? chars : chars.slice(1).map((char, i) => chars[i] + char)).map(cjkTerm));
    },
    (word) => terms.push(normalise(word)),
  );
  return terms;
}
