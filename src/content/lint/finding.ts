import type { Problem, Severity } from "../../core/problems.ts";

/**
 * A problem `npm run check` reports. An error is something the build refuses or a reader would
 * meet as a broken page (a missing image, a link to no issue); a warning deserves a look but
 * publishes as it is.
 */
export type Finding = Problem & { line: number; severity: Severity };

/** A check's finding in one file, before the file is named. */
export interface Note {
  line: number;
  message: string;
}

/**
 * A problem as a finding. A problem about a whole file (its name, its folder) has no line; it
 * is put on line 1, so every message reads `file:line: message`, as editors expect.
 */
export const finding = (problem: Problem, severity: Severity): Finding => ({ ...problem, line: problem.line ?? 1, severity });
