// Reading speeds: about 400 Han characters or 200 English words a minute.
const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 200;

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** Minutes to read plain text, counting CJK characters and Latin words separately; at least 1. */
export function readingMinutes(text: string): number {
  // Counted without arrays of matches (one string per Han character): this ran on every issue.
  let cjk = 0;
  const latin = text.replace(CJK_RUN, (run) => {
    for (const _char of run) cjk++;
    return " ";
  });
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.test(latin)) words++;
  return Math.max(1, Math.round(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}
