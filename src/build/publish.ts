import { existsSync, readdirSync, rmSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { isRunning } from "../core/processes.ts";
import { markOwned } from "./outputFolder.ts";

/** What a publish did besides the build: folders of killed builds it tidied, an old copy it could not remove. */
export interface PublishReport {
  /** A killed build's live site, put back in place before building. */
  restored?: string;
  /** Scratch folders of killed builds, removed. */
  removed: string[];
  /** The previous site, retired but not removed (the new one is live): the next build removes it. */
  leftOver?: { path: string; error: Error };
}

const scratchPrefix = (output: string) => `.${basename(output)}-build-`;

/** A scratch folder's owner, from its name `.<output>-build-<pid>-<random>[-old]`. */
function ownerOf(name: string, prefix: string): { pid: number; retired: boolean } | undefined {
  const match = name.startsWith(prefix) ? /^(\d+)-[A-Za-z0-9]{6}(-old)?$/.exec(name.slice(prefix.length)) : null;
  return match ? { pid: Number(match[1]), retired: match[2] !== undefined } : undefined;
}

/**
 * Scratch folders of builds that were killed (their process is gone): removed. A build killed
 * between its two renames leaves no output and the last good site retired; that one is put back.
 */
async function tidyAbandoned(target: string): Promise<Pick<PublishReport, "restored" | "removed">> {
  const parent = dirname(target);
  const prefix = scratchPrefix(target);
  const abandoned = (await readdir(parent))
    .map((name) => ({ name, owner: ownerOf(name, prefix) }))
    .filter(({ owner }) => owner && owner.pid !== process.pid && !isRunning(owner.pid));
  let restored: string | undefined;
  const retired = abandoned.find(({ owner }) => owner?.retired);
  if (retired && !existsSync(target)) {
    await rename(join(parent, retired.name), target);
    restored = retired.name;
  }
  const removed = abandoned.filter(({ name }) => name !== restored).map(({ name }) => join(parent, name));
  for (const path of removed) await rm(path, { recursive: true, force: true });
  return { restored, removed };
}

/**
 * Builds into a fresh sibling folder, then swaps it for `output` with two renames, so a failed
 * or interrupted build leaves the previous site as it was. A fresh folder also means the pages
 * of a deleted issue do not linger. The caller has checked that `output` may be replaced
 * (outputFolder.ts); the swap marks it as the build's own.
 */
export async function publishAtomically(
  output: string,
  build: (scratch: string) => Promise<void>,
  interrupted: (signal: NodeJS.Signals) => never,
): Promise<PublishReport> {
  const target = resolve(output);
  // `--output=deploy/www/_site` on a fresh machine: the scratch folder sits beside the output.
  await mkdir(dirname(target), { recursive: true });
  const tidied = await tidyAbandoned(target);
  const ours = `${scratchPrefix(target)}${process.pid}-`;
  // Ctrl-C or a CI job's timeout: the half-built folder goes, then the caller says so and exits.
  // Listening before the folder exists, and removing every folder named for this process, leaves
  // no moment in which a signal finds a scratch folder it would not remove.
  const onSignal = (signal: NodeJS.Signals) => {
    for (const name of readdirSync(dirname(target))) {
      if (name.startsWith(ours)) rmSync(join(dirname(target), name), { recursive: true, force: true });
    }
    interrupted(signal);
  };
  process.once("SIGINT", onSignal).once("SIGTERM", onSignal);
  let scratch: string | undefined;
  try {
    scratch = await mkdtemp(join(dirname(target), ours));
    // mkdtemp makes a private folder; a published site must be readable by the web server.
    await chmod(scratch, 0o755);
    await build(scratch);
  } catch (error) {
    if (scratch) await rm(scratch, { recursive: true, force: true });
    throw error;
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
  }
  const built = scratch;
  const abandon = () => rm(built, { recursive: true, force: true });
  const retired = `${built}-old`;
  await rename(target, retired).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return;
    await abandon();
    throw error;
  });
  await rename(built, target).catch(async (error: Error) => {
    // The old site goes back where it was; the new one is dropped.
    if (existsSync(retired)) await rename(retired, target);
    await abandon();
    throw error;
  });
  markOwned(target);
  const leftOver = await rm(retired, { recursive: true, force: true }).then(
    () => undefined,
    (error: Error) => ({ path: retired, error }),
  );
  return { ...tidied, leftOver };
}
