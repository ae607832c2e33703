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

/**
 * Codes that mean something of the wrong kind stands where the build writes (a file made where
 * its cache keeps a folder, say), with the fix: the build removes nothing it did not make.
 */
const IN_THE_WAY: Record<string, string> = {
  EEXIST: "a file stands where the build makes a folder",
  ENOTDIR: "a file stands where the build needs a folder",
  EISDIR: "a folder stands where the build writes a file",
};
const IN_THE_WAY_FIX = "move or remove it, then build again";

export interface Failure {
  /** The lines to print: each content problem once, or one sentence. */
  lines: string[];
  /** Content problems found (0 for any other failure). */
  errors: number;
}

/** What went wrong, in one sentence: a failed system call by its meaning and path, else the error's message. */
function sentenceOf(cause: unknown): string {
  const system = cause as NodeJS.ErrnoException | undefined;
  const where = system?.path ? ` at ${displayPath(system.path)}` : "";
  // EEXIST elsewhere (a file made only if new) is a different story.
  const inTheWay = system?.code && system.path && (system.code !== "EEXIST" || system.syscall === "mkdir") ? IN_THE_WAY[system.code] : undefined;
  if (inTheWay) return `${inTheWay} (${system!.code}${where}): ${IN_THE_WAY_FIX}`;
  const meaning = system?.code ? SYSTEM_ERRORS[system.code] : undefined;
  if (meaning) return `${meaning} (${system!.code}${where})`;
  return cause instanceof Error ? cause.message : String(cause);
}

/** A failed build told in the author's terms; the stack only when asked for (`--verbose`). */
export function describeFailure(error: unknown, { verbose }: { verbose: boolean }): Failure {
  const cause = rootCause(error);
  if (cause instanceof ContentError) return { lines: [cause.message], errors: cause.problems.length };
  const stack = verbose && cause instanceof Error && cause.stack ? [cause.stack] : [];
  return { lines: [sentenceOf(cause), ...stack], errors: 1 };
}
