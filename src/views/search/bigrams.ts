/**
 * Chinese (and Japanese, Korean) runs, which have no spaces between words. Kept in step with
 * CJK_RUN and bigramTerm in assets/search.js, which turn a query into the same terms
 * (test/views/search/bigrams.test.ts).
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]+/gu;

/** Two characters as one ASCII word: `資料` → `b0rt30k2h`, four base-36 digits a character (any code point fits). */
const bigramTerm = (a: string, b: string) =>
  `b${[a, b].map((char) => char.codePointAt(0)!.toString(36).padStart(4, "0")).join("")}`;

/**
 * Every two neighbouring characters of each CJK run, as ASCII words. Pagefind segments Chinese
 * with jieba when indexing and with the browser's Intl.Segmenter when searching; where the two
 * cut a word differently, a page containing it is not found (github.com/Pagefind/pagefind/issues/1237).
 * Words of ASCII are cut by neither, so a query's bigrams (assets/search.js) meet the page's
 * exactly: every page whose text contains the query has all of them.
 */
export function cjkBigrams(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of text.matchAll(CJK_RUN)) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) terms.push(bigramTerm(chars[i]!, chars[i + 1]!));
  }
  return terms;
}
