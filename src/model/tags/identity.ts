/**
 * What makes two tag spellings one tag, and the URL segment a tag gets.
 * Both are pure functions of the tag, so a tag's URL is the same in every build.
 */

// Default_Ignorable_Code_Point covers zero-width space, BOM, soft hyphen, word joiner, ZWJ and
// variation selectors; controls (Cc) are never meant to be seen either.
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/gu;
const SPACE = /[\s\p{Z}]+/gu;

/**
 * The identity of a tag: NFKC (full-width ＲＵＳＴ → RUST), invisible characters dropped, case
 * folded, runs of space made one. `Rust`, `rust`, `ＲＵＳＴ` and `Ru\u200Bst` share the key `rust`.
 */
export function tagKey(tag: string): string {
  const visible = tag.normalize("NFKC").replace(SPACE, " ").replace(INVISIBLE, "");
  // Upper then lower approximates Unicode full case folding (ß → ss); folding has no final sigma.
  const folded = visible.toUpperCase().toLowerCase().replace(/ς/g, "σ");
  return folded.normalize("NFKC").replace(INVISIBLE, "").replace(SPACE, " ").trim();
}

/** A tag quoted for an error message, its invisible characters written out: "Ru\u200Bst". */
export function quoteTag(tag: string): string {
  return JSON.stringify(tag).replace(INVISIBLE, (char) => `\\u${char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`);
}

/**
 * ASCII punctuation becomes a word, so `C++` (c-plus-plus) and `C#` (c-sharp) get different
 * pages, and no URL carries a character that hosts or file systems read specially
 * (`/`, `#`, `?`, `%`, a leading dot; S3 reads `+` as a space). Quotes simply vanish.
 */
const WORDS: Record<string, string> = {
  "!": "bang", "#": "sharp", $: "dollar", "%": "percent", "&": "and", "*": "star", "+": "plus",
  "/": "slash", "<": "less", "=": "equals", ">": "greater", "?": "question", "@": "at",
  "\\": "backslash", "^": "caret", "|": "pipe", "~": "tilde", ".": "dot",
};
const SEPARATORS: ReadonlySet<string> = new Set([" ", "-", "_", ",", ":", ";", "(", ")", "[", "]", "{", "}"]);
const DROPPED: ReadonlySet<string> = new Set(["'", '"', "`"]);

/** Letters, digits and marks of any script, and every non-ASCII symbol (emoji, 「」…), stay as they are. */
const isKept = (char: string | undefined) =>
  char !== undefined && (/[\p{L}\p{N}\p{M}]/u.test(char) || (char > "\x7f" && !/[\p{Z}\p{C}]/u.test(char)));

/**
 * The URL segment of a tag: its key with spaces as `-` and ASCII punctuation spelled out.
 * `軟體工程` stays as written (encoded only in hrefs, like issue names); `Node.js` keeps its dot
 * between letters, while `.NET` becomes `dot-net` (never a hidden folder). Different keys may
 * still meet (`C++` and `c plus plus`); the tag index refuses that, naming both.
 */
export function tagSlug(tag: string): string {
  const chars = [...tagKey(tag)];
  const parts = chars.map((char, i) => {
    if (char === "." && isKept(chars[i - 1]) && isKept(chars[i + 1])) return ".";
    if (isKept(char)) return char;
    if (SEPARATORS.has(char)) return "-";
    if (DROPPED.has(char)) return "";
    const word = WORDS[char];
    return `-${word ?? `u${char.codePointAt(0)?.toString(16)}`}-`;
  });
  return parts.join("").replace(/-+/g, "-").replace(/^-|-$/g, "");
}
