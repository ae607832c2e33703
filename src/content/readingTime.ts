import { htmlToText } from "./excerpt.ts";

// Reading speeds: about 400 Han characters or 200 English words a minute.
const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
// A word starts with a letter or digit and goes on through letters, digits, apostrophes, _ and -.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** CJK characters and other words in the text of rendered HTML (tags and hidden elements skipped). */
export function readingCounts(html: string): { cjk: number; words: number } {
  const text = htmlToText(html);
  const cjk = text.match(CJK)?.length ?? 0;
  // A CJK character ends a word, as a space does.
  const words = text.replace(CJK, " ").match(WORD)?.length ?? 0;
  return { cjk, words };
}

/** Minutes to read rendered HTML, at the speeds above; at least 1. */
export function readingMinutes(html: string): number {
  const { cjk, words } = readingCounts(html);
  return Math.max(1, Math.round(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
