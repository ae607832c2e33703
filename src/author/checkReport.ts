import { formatProblem } from "../core/problems.ts";
import type { Finding } from "../content/lint/finding.ts";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Errors fail the check (exit 1); warnings alone pass it. */
export const exitCode = (findings: readonly Finding[]) => (findings.some((found) => found.severity === "error") ? 1 : 0);

/**
 * Each finding as the build prints a problem (`file:line: message`, a warning marked so), then
 * `N errors, M warnings`; nothing at all when there is nothing to say.
 */
export function textReport(findings: readonly Finding[]): string {
  if (findings.length === 0) return "";
  const errors = findings.filter((found) => found.severity === "error").length;
  const lines = findings.map((found) => formatProblem(found, found.severity));
  return `${[...lines, `${plural(errors, "error")}, ${plural(findings.length - errors, "warning")}`].join("\n")}\n`;
}

/** One JSON array of `{ file, line, severity, message }`, for editors and CI annotations. */
export function jsonReport(findings: readonly Finding[]): string {
  const entries = findings.map(({ file, line, severity, message }) => ({ file, line, severity, message }));
  return `${JSON.stringify(entries, null, 2)}\n`;
}
