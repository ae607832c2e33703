import { processCache } from "./processCache.ts";

/** One problem an author must fix, located as precisely as we know. */
export interface Problem {
  /** Project-relative, as the author sees it. */
  file: string;
  /** From 1. */
  line?: number;
  message: string;
  /** The line as written, shown under the message so the author sees what was read. */
  source?: string;
}

export type Severity = "error" | "warning";

/** `file:line: message`, then the line as written; a warning says so after the location. */
export function formatProblem(problem: Problem, severity: Severity = "error"): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ""}`;
  const label = severity === "warning" ? "warning: " : "";
  const source = problem.source === undefined ? "" : `\n      | ${problem.source}`;
  return `${where}: ${label}${problem.message}${source}`;
}

/**
 * Reports something the build goes on without (a file it will not publish): printed once, when
 * first found, and counted for the summary at the end of the build.
 */
export function warn(problem: Problem): void {
  const seen = processCache("warnings", () => new Map<string, Problem>());
  const text = formatProblem(problem, "warning");
  if (seen.has(text)) return;
  seen.set(text, problem);
  console.warn(text);
}

/** Every warning this process has printed. */
export function warnings(): Problem[] {
  return [...processCache("warnings", () => new Map<string, Problem>()).values()];
}
