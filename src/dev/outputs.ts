import { readdir, rm, rmdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

/**
 * Which output files each input wrote, so a partial build can delete what an input no longer
 * writes: a deleted issue's page, the page of a tag no issue carries any more.
 */
export class OutputMap {
  private readonly byInput = new Map<string, Set<string>>();

  inputs(): string[] {
    return [...this.byInput.keys()];
  }

  /** Records a build of `inputs` (every input it was given, built or gone); returns files to delete. */
  update(inputs: Iterable<string>, written: { inputPath: string; outputPath: string | false }[]): string[] {
    const now = new Map<string, Set<string>>();
    for (const page of written) {
      if (!page.outputPath) continue;
      const input = resolve(page.inputPath);
      if (!now.has(input)) now.set(input, new Set());
      now.get(input)?.add(resolve(page.outputPath));
    }
    const gone: string[] = [];
    for (const input of new Set([...[...inputs].map((path) => resolve(path)), ...now.keys()])) {
      const outputs = now.get(input) ?? new Set<string>();
      for (const old of this.byInput.get(input) ?? []) if (!outputs.has(old)) gone.push(old);
      if (outputs.size > 0) this.byInput.set(input, outputs);
      else this.byInput.delete(input);
    }
    return gone;
  }
}

/** Deletes files and the folders they leave empty, up to (not including) `root`. */
export async function removeOutputs(root: string, files: string[]): Promise<void> {
  const top = resolve(root);
  for (const file of files) {
    await rm(file, { force: true });
    for (let dir = dirname(file); dir.startsWith(`${top}/`); dir = dirname(dir)) {
      // rmdir refuses a folder that is not empty: that is where the climb stops.
      if (!(await rmdir(dir).then(() => true, () => false))) break;
    }
  }
}

/** Deletes every file under `root` not in `keep` (what a whole build did not write); returns them. */
export async function removeOrphans(root: string, keep: Set<string>): Promise<string[]> {
  const orphans: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = resolve(join(entry.parentPath, entry.name));
    if (entry.isFile() && !keep.has(path)) orphans.push(path);
  }
  await removeOutputs(root, orphans);
  return orphans;
}
