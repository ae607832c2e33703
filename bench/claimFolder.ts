import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

const MARK = ".weekly-bench";

/**
 * Empties `path` for the bench's own use: only a new or empty folder, one an earlier run marked
 * as the bench's, or one holding nothing but what the bench writes there (`shape`: a corpus
 * from before the mark), so `--dir` or `--out` pointed at the wrong place deletes nothing.
 */
export async function claimFolder(path: string, shape: string[] = []): Promise<void> {
  const entries = existsSync(path) ? await readdir(path) : [];
  const ours = entries.includes(MARK) || entries.every((name) => shape.includes(name));
  if (!ours) {
    throw new Error(`${path} holds files the bench did not write, and the bench empties the folders it uses; choose another folder`);
  }
  await rm(path, { recursive: true, force: true });
  await mkdir(path, { recursive: true });
  await writeFile(join(path, MARK), "Written by npm run bench, which empties this folder on every run.\n");
}
