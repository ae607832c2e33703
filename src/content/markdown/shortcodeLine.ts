import type { StateBlock } from "markdown-it";

/**
 * One `{% name "arg" … %}` line, as the qa and youtube block rules read it. These look like
 * Liquid tags because the weekly was written that way, but no template engine ever runs on
 * markdown: only these names are recognised, only on a line of their own, outside code.
 */
export interface Shortcode {
  name: string;
  /** Quoted arguments, unquoted; undefined when the line names a shortcode but is malformed. */
  args?: string[];
}

const OPENING = /^\{%\s*([a-z]+)\b/;
const WHOLE = /^\{%\s*[a-z]+((?:\s+(?:"(?:[^"\\]|\\.)*"|'[^']*'))*)\s*%\}$/;
const ARGUMENT = /"((?:[^"\\]|\\.)*)"|'([^']*)'/g;

/** The text of a block line, after its container's indent (list item, blockquote). */
export function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]).trimEnd();
}

/**
 * Reads a line that starts a shortcode of one of `names`; null for any other line, so prose
 * (and `{% raw %}` in a quoted Jekyll snippet) stays text. Indented four spaces it is code.
 */
export function readShortcode(state: StateBlock, line: number, names: readonly string[]): Shortcode | null {
  if (state.sCount[line]! - state.blkIndent >= 4) return null;
  // Block rules ask this of nearly every line; only one starting with `{` needs reading.
  if (state.src.charCodeAt(state.bMarks[line]! + state.tShift[line]!) !== 0x7b) return null;
  const text = lineText(state, line);
  const name = OPENING.exec(text)?.[1];
  if (!name || !names.includes(name)) return null;
  const args = WHOLE.exec(text)?.[1];
  if (args === undefined) return { name };
  return {
    name,
    args: Array.from(args.matchAll(ARGUMENT), (m) => m[2] ?? m[1]!.replace(/\\(.)/g, "$1")),
  };
}
