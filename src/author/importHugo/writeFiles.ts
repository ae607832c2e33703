import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** What writing one file did: made it, found it already as it would be, or found another file there. */
export type WriteOutcome = "created" | "unchanged" | "differs";

function sameBytes(path: string, bytes: Buffer): boolean | undefined {
  try {
    return readFileSync(path).equals(bytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Writes `bytes` to `path` only if nothing is there: whole or not at all. The bytes go to a temp
 * file beside it, which is then hard-linked to its name: a link, unlike a rename, fails when the
 * name exists, so a file someone wrote meanwhile is never overwritten, and a reader never sees half a file.
 */
export function writeNew(path: string, bytes: Buffer): WriteOutcome {
  const existing = sameBytes(path, bytes);
  if (existing !== undefined) return existing ? "unchanged" : "differs";
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, bytes);
  try {
    linkSync(temp, path);
    return "created";
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return sameBytes(path, bytes) ? "unchanged" : "differs";
  } finally {
    unlinkSync(temp);
  }
}
