/**
 * What one line of a front-matter block shows of its YAML, read line by line: enough to name
 * the key a YAML error is about and to write its value back quoted. Only error messages use it.
 */

/** `key: value` (a list item's `- key: value` too): a plain or quoted key, then a colon and a space. */
const KEY_LINE = /^([ \t]*)((?:-[ \t]+)*)([^\s#"'[\]{},&*!|>@`%:-][^:]*?|"[^"]*"|'[^']*')[ \t]*:(?=[ \t]|$)/;

export interface KeyLine {
  key: string;
  /** Where the colon after the key is. */
  colon: number;
  /** The value as written, a trailing comment left out; empty when it starts on the next line. */
  value: string;
}

export function readKeyLine(line: string): KeyLine | undefined {
  const match = KEY_LINE.exec(line);
  if (!match) return undefined;
  const key = match[3]!.trim();
  const value = line.slice(match[0].length).trim();
  // In a plain value, a space and # start a comment; in a quoted one they are text.
  const plain = !value.startsWith('"') && !value.startsWith("'");
  return { key, colon: match[0].length - 1, value: plain ? value.replace(/\s#.*$/, "") : value };
}

const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;
export const isBlank = (line: string) => /^\s*(#.*)?$/.test(line);

/** The key a line is about: its own, or that of the nearest line above that is indented less. */
export function keyOf(lines: readonly string[], index: number): string | undefined {
  const own = readKeyLine(lines[index] ?? "");
  if (own) return own.key;
  const indent = indentOf(lines[index] ?? "");
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (isBlank(line) || indentOf(line) >= indent) continue;
    const found = readKeyLine(line);
    if (found) return found.key;
  }
  return undefined;
}

/** The nearest line at or above `index` with something on it (a mark may fall past the end). */
export function lastFilledLine(lines: readonly string[], index: number): number {
  let i = Math.min(index, lines.length - 1);
  while (i > 0 && isBlank(lines[i]!)) i--;
  return i;
}

/**
 * A value as a YAML double-quoted string, for a message to suggest: quotes the author put
 * around the whole value are taken as meant (`'It's here'` → `"It's here"`). JSON's string
 * escapes are all YAML escapes too.
 */
export function doubleQuoted(value: string): string {
  const wrapped = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0];
  return JSON.stringify(wrapped ? value.slice(1, -1) : value);
}
