/** Eleventy wraps errors in its own ("Error processing the plugin"); authors need the innermost. */
export function rootCause(error: unknown): string {
  let current = error;
  for (;;) {
    const inner = (current as { originalError?: unknown; cause?: unknown } | undefined)?.originalError ??
      (current as { cause?: unknown } | undefined)?.cause;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current instanceof Error ? current.message : String(current);
}
