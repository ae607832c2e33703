import { site, type Lang } from "../../core/site.ts";

/**
 * What a title must be for its page to pass the HTML gate (html-validate, `long-title`) and to
 * read as written wherever it is shown: one line, no invisible controls, no direction change
 * leaking past its end, and short enough for the page title.
 */

// html-validate's `long-title` default, which .htmlvalidate.json keeps: search engines cut longer titles.
const MAX_PAGE_TITLE = 70;

// Nunjucks' autoescape, which the base layout's <title> goes through: html-validate counts the
// characters as written in the page, so `&` counts as the five of `&amp;`.
const ESCAPED: Record<string, number> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 5, "\\": 5 };

/** A title's length as html-validate counts it in the page: escaped, in UTF-16 code units. */
function pageLength(text: string): number {
  let length = text.length;
  for (const char of text) length += (ESCAPED[char] ?? 1) - 1;
  return length;
}

/** The issue page's title is `<issue title> | <site title>` (src/views/pages/frame.ts). */
export const maxTitleLength = (lang: Lang) => MAX_PAGE_TITLE - pageLength(` | ${site.title[lang]}`);

function lengthProblem(title: string, lang: Lang): string | undefined {
  const max = maxTitleLength(lang);
  const length = pageLength(title);
  if (length <= max) return undefined;
  const counted = /[&<>"'\\]|[\uD800-\uDFFF]/.test(title)
    ? ` (as the page writes it: & < > " ' \\ are 4 to 6 characters there, and most emoji 2)`
    : "";
  return (
    `is ${length} characters${counted}, too long for the page title "… | ${site.title[lang]}" (${MAX_PAGE_TITLE} at most): ` +
    `a title in ${lang} may have ${max}; shorten it by ${length - max}`
  );
}

const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function controlProblem(title: string): string | undefined {
  const control = /\p{Cc}/u.exec(title)?.[0];
  if (control === undefined) return undefined;
  if (control === "\t") return "contains a tab; a title is one line of text: replace the tab with a space";
  if (control === "\n" || control === "\r") return "runs over more than one line; write the title on one line";
  return `contains the control character ${hex(control)}, which pages do not show; remove it`;
}

const OPENERS: Record<string, string> = {
  "\u202A": "a left-to-right embedding",
  "\u202B": "a right-to-left embedding",
  "\u202D": "a left-to-right override",
  "\u202E": "a right-to-left override",
  "\u2066": "a left-to-right isolate",
  "\u2067": "a right-to-left isolate",
  "\u2068": "a first-strong isolate",
};
const POP_EMBEDDING = "\u202C";
const POP_ISOLATE = "\u2069";
const isIsolate = (char: string) => char >= "\u2066" && char <= "\u2068";

/**
 * The first direction control left open at the end of the title (Unicode's bidi algorithm,
 * UAX #9: U+202C closes the last embedding or override, U+2069 the last isolate and whatever
 * was opened inside it).
 */
function unclosedDirection(title: string): string | undefined {
  const open: string[] = [];
  for (const char of title) {
    if (OPENERS[char]) open.push(char);
    else if (char === POP_EMBEDDING && open.length > 0 && !isIsolate(open.at(-1)!)) open.pop();
    else if (char === POP_ISOLATE && open.some(isIsolate)) while (!isIsolate(open.pop()!));
  }
  return open[0];
}

function directionProblem(title: string, lang: Lang): string | undefined {
  const opener = unclosedDirection(title);
  if (opener === undefined) return undefined;
  const close = isIsolate(opener) ? POP_ISOLATE : POP_EMBEDDING;
  return (
    `opens ${OPENERS[opener]} (${hex(opener)}) and never closes it, so it would turn the text after the title ` +
    `("| ${site.title[lang]}" in the page title) around as well; close it with ${hex(close)} or remove it`
  );
}

// A control, a direction control, a character the page escapes or half of a surrogate pair (an emoji).
const UNUSUAL = /[\x00-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069&<>"'\\\uD800-\uDFFF]/;

/** What is wrong with a title (after "title "), if anything. */
export function titleProblem(title: string, lang: Lang): string | undefined {
  // The title of nearly every issue: plain text and short enough, told by one test.
  if (!UNUSUAL.test(title) && title.length <= maxTitleLength(lang)) return undefined;
  return controlProblem(title) ?? directionProblem(title, lang) ?? lengthProblem(title, lang);
}
