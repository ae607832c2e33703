/**
 * Chinese (and Japanese, Korean) runs, which have no spaces between words. Kept in step with
 * CJK_RUN in assets/search.js, which splits a query the same way (test/views/search/bigrams.test.ts).
 */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]+/gu;

/**
 * Every two neighbouring characters of each CJK run, as words separated by spaces; a run of one
 * character stays whole. Indexed beside an issue's text, so any word of two or more characters
 * in the text is found by the bigrams of the query, whatever word boundaries Pagefind's
 * segmenter guessed (github.com/Pagefind/pagefind/issues/?q=chinese: words it splits otherwise
 * are not found).
 */
export function cjkBigrams(text: string): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(CJK_RUN)) {
    const chars = [...run];
    if (chars.length === 1) grams.push(run);
    for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  }
  return grams;
}
