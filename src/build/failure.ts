import { ContentError } from "../content/errors.ts";
import { displayPath } from "../core/paths.ts";

/** Eleventy wraps errors in its own ("Error processing the plugin"); authors need the innermost. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (;;) {
    const inner = (current as { originalError?: unknown; cause?: unknown } | undefined)?.originalError ??
      (current as { cause?: unknown } | undefined)?.cause;
    if (!(inner instanceof Error)) return current;
    current = inner;
  }
}

/** What a failed system call means to someone who can fix it, by its code. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EACCES: "permission was denied",
  EPERM: "the operation was not permitted",
  EROFS: "the file system is read-only",
  EIO: "the disk reported an input/output error",
  EMFILE: "too many files were open",
  ENFILE: "too many files were open",
};

export interface Failure {
  /** The lines to print: each content problem once, or one sentence. */
  lines: string[];
  /** Content problems found (0 for any other failure). */
  errors: number;
}

/** A failed build told in the author's terms; the stack only when asked for (`--verbose`). */
export function describeFailure(error: unknown, { verbose }: { verbose: boolean }): Failure {
  const cause = rootCause(error);
  if (cause instanceof ContentError) return { lines: [cause.message], errors: cause.problems.length };
  const system = cause as NodeJS.ErrnoException;
  const meaning = system?.code ? SYSTEM_ERRORS[system.code] : undefined;
  const where = system?.path ? ` at ${displayPath(system.path)}` : "";
  const sentence = meaning ? `${meaning} (${system.code}${where})` : cause instanceof Error ? cause.message : String(cause);
  const stack = verbose && cause instanceof Error && cause.stack ? [cause.stack] : [];
  return { lines: [sentence, ...stack], errors: 1 };
}
