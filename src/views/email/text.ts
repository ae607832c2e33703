import { convert } from "html-to-text";

/** RFC 5322 wants lines of at most 78 characters; a terminal shows a CJK character two columns wide. */
export const TEXT_COLUMNS = 78;

// East Asian Wide and Fullwidth characters (UAX #11), the blocks a Chinese issue uses.
const WIDE_CHARS = "\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6\\u{20000}-\\u{3fffd}";
const WIDE = new RegExp(`[${WIDE_CHARS}]`, "u");
// A CJK character, a run of spaces, or a run of anything else (a word).
const PIECES = new RegExp(`[${WIDE_CHARS}]|\\s+|[^\\s${WIDE_CHARS}]+`, "gu");

const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);

/**
 * One line rewrapped to `columns`, breaking at spaces and beside CJK characters (which have no
 * spaces between them; html-to-text breaks only at spaces and counts a CJK character as one
 * column). A word longer than the line, such as a long URL, stays whole: breaking it would break
 * the link. Continuation lines keep the line's indent and list marker's width.
 */
function wrapLine(line: string, columns: number): string[] {
  if (widthOf(line) <= columns) return [line];
  // A quote's continuation keeps its `> `; a list item's, the width of its marker.
  const [, quotes, lead] = /^((?:> )*)(\s*(?:[*-] |\d+\. )?)/.exec(line)!;
  const indent = quotes! + " ".repeat(lead!.length);
  const pieces = line.match(PIECES) ?? [line];
  const lines: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current.trim() !== "" && widthOf(current + piece.trimEnd()) > columns) {
      lines.push(current.trimEnd());
      current = indent;
      if (/^\s+$/.test(piece)) continue;
    }
    current += piece;
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines;
}

/**
 * The email's text part: headings as written (CJK has no upper case), links as `text [URL]`,
 * lists and Q&A as blocks, the preheader and layout tables left out, lines of at most 78 columns.
 */
export function emailText(html: string): string {
  const headings = ["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } }));
  const text = convert(html, {
    // Wrapped below instead: html-to-text counts a CJK character as one column.
    wordwrap: false,
    selectors: [
      ...headings,
      { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
      { selector: ".preheader", format: "skip" },
      // A video's still is the same link as its caption, which carries the words.
      { selector: "a.video-still", format: "skip" },
      { selector: "table", format: "block" },
      { selector: "pre", options: { leadingLineBreaks: 1, trailingLineBreaks: 2 } },
    ],
  });
  return `${text.split("\n").flatMap((line) => wrapLine(line, TEXT_COLUMNS)).join("\n")}\n`;
}
