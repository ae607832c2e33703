import { chmod, mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Builds into a fresh sibling folder, then swaps it for `output` with two renames. A fresh
 * folder also means the pages of a deleted issue do not linger.
 */
export async function publishAtomically(output: string, build: (scratch: string) => Promise<void>): Promise<void> {
  const target = resolve(output);
  const parent = dirname(target);
  // `--output=deploy/www/_site` on a fresh machine: the scratch folder sits beside the output.
  await mkdir(parent, { recursive: true });
  const scratch = await mkdtemp(join(parent, `.${basename(target)}-build-`));
  // mkdtemp makes a private folder; a published site must be readable by the web server.
  await chmod(scratch, 0o755);
  try {
    await build(scratch);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    throw error;
  }
  const retired = `${scratch}-old`;
  await rename(target, retired).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(scratch, target);
  await rm(retired, { recursive: true, force: true });
}
