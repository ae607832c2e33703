/**
 * Lines as authors' editors count them, and as markdown-it and js-yaml do: a line ends at
 * `\r\n`, `\n` or a lone `\r`. Messages point at lines counted this way, from 1.
 */
const LINE_BREAK = /\r\n|\r|\n/g;

export const splitLines = (text: string) => text.split(LINE_BREAK);

/** The index (from 0) of the line `position` is on. */
export function lineAt(text: string, position: number): number {
  return text.slice(0, position).match(LINE_BREAK)?.length ?? 0;
}
