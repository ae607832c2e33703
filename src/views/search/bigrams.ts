/**
 * Chinese (and Japanese, Korean) runs, which have no spaces between words. Kept in step with
 * CJK_RUN, bigramTerm and characterTerm in assets/search.js, which turn a query into the same
 * terms (test/views/search/bigrams.test.ts).
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]+/gu;

/** A character's code point in four base-36 digits: any code point fits. */
const code = (char: string) => char.codePointAt(0)!.toString(36).padStart(4, "0");

/** Two characters as one ASCII word: `資料` → `b0rt30k2h`. */
const bigramTerm = (a: string, b: string) => `b${code(a)}${code(b)}`;

/** One character as one ASCII word: `網` → `u0sxy`. */
const characterTerm = (char: string) => `u${code(char)}`;

/** CJK punctuation (、。「」，：…), which no query searches for and Pagefind would still segment. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;

/** The text with its CJK runs and punctuation taken out (each leaves a space): what is left is searched as words. */
export const withoutCjk = (text: string) => text.replace(CJK_RUN, " ").replace(CJK_PUNCTUATION, " ").replace(/\s+/g, " ").trim();

/**
 * Every two neighbouring characters of each CJK run, as ASCII words, in the text's order. Pagefind
 * segments Chinese with jieba when indexing and with the browser's Intl.Segmenter when searching;
 * where the two cut a word differently, a page containing it is not found
 * (github.com/Pagefind/pagefind/issues/1237). Words of ASCII are cut by neither, so a query's
 * bigrams (assets/search.js), searched as a phrase, meet the page's exactly.
 */
export function cjkBigrams(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of text.matchAll(CJK_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) terms.push(bigramTerm(chars[i]!, chars[i + 1]!));
  }
  return terms;
}

/** Each CJK character of the text once, as an ASCII word: a one-character query needs no phrase, so no order. */
export function cjkCharacters(text: string): string[] {
  const chars = new Set<string>();
  for (const [run] of text.matchAll(CJK_RUN)) for (const char of run) chars.add(char);
  return [...chars].map(characterTerm);
}
