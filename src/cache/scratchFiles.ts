import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { isRunning } from "../core/processes.ts";

/** Where this process writes `path` before renaming it into place: `issues.memo.<pid>`. */
export const scratchPath = (path: string) => `${path}.${process.pid}`;

/**
 * Removes the scratch files or folders of `path` left by builds killed while saving (their
 * process is gone), which would otherwise pile up in the cache folder, one whole memo file or
 * search index each. A folder
 * that is missing or cannot be changed is left as it is: the cache is only a shortcut.
 */
export function removeAbandonedScratch(path: string): void {
  const prefix = `${basename(path)}.`;
  try {
    for (const name of readdirSync(dirname(path))) {
      const pid = name.startsWith(prefix) ? name.slice(prefix.length) : "";
      if (/^\d+$/.test(pid) && Number(pid) !== process.pid && !isRunning(Number(pid))) rmSync(join(dirname(path), name), { recursive: true, force: true });
    }
  } catch {
    // Nothing to tidy, or no right to: the next build that can will.
  }
}
