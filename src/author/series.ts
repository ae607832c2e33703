import type { SeriesConfig } from "../core/site.ts";

/** An existing issue as the series reads it: its file name (no `.md`) and its title. */
export interface Numbered {
  name: string;
  title?: string;
}

export interface NextIssue {
  name: string;
  number: number;
  /** The number as the series writes it: `0x18` or `24`. */
  written: string;
  /** The title's start, for the author to go on: `WWW 0x18: `. */
  title: string;
}

const HEX = /^(.*?)0x([0-9a-f]+)$/i;
const DECIMAL = /^(.*?)(\d+)$/;

const PATTERNS = { hex: HEX, decimal: DECIMAL } as const;

function write(series: SeriesConfig, n: number): string {
  if (series.numbering === "decimal") return String(n).padStart(series.digits, "0");
  const hex = n.toString(16).padStart(series.digits, "0");
  return `0x${series.lowercase ? hex : hex.toUpperCase()}`;
}

const valueOf = (series: Pick<SeriesConfig, "numbering">, digits: string) => Number.parseInt(digits, series.numbering === "hex" ? 16 : 10);

/** The highest number among the files of `series` (0 when none is numbered yet). */
export function lastNumber(series: SeriesConfig, names: string[]): number {
  const numbers = names.flatMap((name) => {
    const match = PATTERNS[series.numbering].exec(name);
    return match && match[1] === series.filePrefix ? [valueOf(series, match[2] as string)] : [];
  });
  return Math.max(0, ...numbers);
}

/**
 * The series the file names follow: the prefix most numbered files share, hexadecimal if they
 * write `0x`, the widest number's width; the title prefix from the newest issue's title, up to
 * its number. Undefined when no file is numbered.
 */
export function detectSeries(issues: Numbered[]): { series: SeriesConfig; last: number } | undefined {
  for (const [pattern, numbering] of [[HEX, "hex"], [DECIMAL, "decimal"]] as const) {
    const numbered = issues.flatMap((issue) => {
      const match = pattern.exec(issue.name);
      return match ? [{ issue, prefix: match[1] as string, digits: match[2] as string }] : [];
    });
    if (numbered.length === 0) continue;
    const counts = new Map<string, number>();
    for (const { prefix } of numbered) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    const prefix = [...counts].sort(([, a], [, b]) => b - a)[0]?.[0] as string;
    const members = numbered.filter((entry) => entry.prefix === prefix);
    const value = (digits: string) => valueOf({ numbering }, digits);
    const newest = members.reduce((a, b) => (value(b.digits) > value(a.digits) ? b : a));
    const digits = Math.max(...members.map((entry) => entry.digits.length));
    const written = numbering === "hex" ? `0x${newest.digits}` : newest.digits;
    const at = newest.issue.title?.toLowerCase().indexOf(written.toLowerCase()) ?? -1;
    const titlePrefix = at >= 0 ? (newest.issue.title as string).slice(0, at) : `${prefix.replace(/[-_]+$/, "").toUpperCase()} `;
    const lowercase = /[a-f]/.test(newest.digits);
    return { series: { filePrefix: prefix, titlePrefix, numbering, digits, ...(lowercase && { lowercase }) }, last: value(newest.digits) };
  }
  return undefined;
}

/** The issue after `last` in `series`. */
export function nextIssue(series: SeriesConfig, last: number): NextIssue {
  const number = last + 1;
  const written = write(series, number);
  return { name: `${series.filePrefix}${written}`, number, written, title: `${series.titlePrefix}${written}: ` };
}
