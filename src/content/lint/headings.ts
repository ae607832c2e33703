import type { Token } from "markdown-it";
import type { Note } from "./finding.ts";

const hashes = (level: number) => "#".repeat(level);

/**
 * Warns of a heading more than one level below the heading before it (`##` then `####`):
 * screen-reader users move through a page by its outline, and a missing level reads as a
 * missing section. The page's h1 is the title, so the body may start at `##`.
 */
export function skippedHeadings(tokens: readonly Token[], offset: number): Note[] {
  const notes: Note[] = [];
  let previous = { level: 1, line: 0 };
  for (const token of tokens) {
    if (token.type !== "heading_open") continue;
    const level = Number(token.tag.slice(1));
    const line = offset + (token.map?.[0] ?? 0) + 1;
    if (level > previous.level + 1) {
      const after = previous.line === 0 ? "the title (the page's h1)" : `the ${hashes(previous.level)} heading on line ${previous.line}`;
      notes.push({ line, message: `heading ${hashes(level)} skips a level after ${after}; make it ${hashes(previous.level + 1)}` });
    }
    previous = { level, line };
  }
  return notes;
}
