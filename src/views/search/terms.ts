import { stemmer } from "stemmer";

/**
 * How text becomes search terms, for the index (the build) and for a query (the search page's
 * script, which esbuild bundles with this file: src/eleventy/searchScript.ts), so the two cannot
 * drift. Chinese (and Japanese, Korean) has no spaces between words, and no segmenter cuts a
 * word the same way inside a sentence as typed alone (github.com/Pagefind/pagefind/issues/1237);
 * so a CJK run is indexed as every pair of neighbouring characters, and each character once.
 * A query's run is then its own pairs, which any text containing it has: recall is total.
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]+/gu;

/** A word of any other script: letters and digits; punctuation and symbols cut words. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** English words are stemmed (Porter), so "containers" finds "container"; other words only lower-cased. */
const LATIN_LETTERS = /^[a-z]+$/;

const normalise = (word: string) => {
  const lower = word.toLowerCase();
  return LATIN_LETTERS.test(lower) ? stemmer(lower) : lower;
};

/** The words of the text outside its CJK runs. */
const words = (text: string) => [...text.replace(CJK_RUN, " ").matchAll(WORD)].map(([word]) => normalise(word));

/** Every two neighbouring characters of a run, in order. */
function pairs(run: string): string[] {
  const chars = [...run];
  return chars.slice(1).map((char, i) => chars[i] + char);
}

const runs = (text: string) => [...text.matchAll(CJK_RUN)].map(([run]) => run);

/**
 * An issue's text as the index holds it: its words, its CJK pairs, and each CJK character once
 * (a one-character query is rare and needs no count of it; every occurrence doubled the pairs' cost).
 */
export function indexTerms(text: string): string[] {
  const cjk = runs(text);
  return [...words(text), ...cjk.flatMap(pairs), ...new Set(cjk.flatMap((run) => [...run]))];
}

/**
 * A query as terms that an issue must all have: its words, and each CJK run as its pairs (a
 * single character as itself). Pairs need not be neighbours in the issue to match, so an issue
 * with 資料 and 料庫 apart is found for 資料庫 too; the excerpt shows where the query is.
 */
export function queryTerms(query: string): string[] {
  const cjk = runs(query);
  return [...words(query), ...cjk.flatMap((run) => ([...run].length === 1 ? [run] : pairs(run)))];
}
