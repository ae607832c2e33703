// The compiled copy `npm run build` runs from: .cache/compiled/<stamp>/, one folder per state of
// the sources, made whole in a scratch folder and renamed into place, so no build ever runs a
// half-written copy and two builds at once each find a whole one.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { compileInto } from "./compile.mjs";
import { sourceFiles, sourceStamp } from "./sourceStamp.mjs";

/** Where the copies go; src/core/modules.ts finds the project from a module in one. */
const COMPILED = ".cache/compiled";
const SCRATCH = ".scratch-";
/** A copy no build has started from for this long is removed; a build lasts minutes. */
const UNUSED_MS = 60 * 60 * 1000;

// src/core/processes.ts's test, repeated: this runs before any TypeScript can be imported.
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** Renamed away first, so a build starting at that moment finds either the whole copy or none. */
function remove(root, name) {
  const doomed = `${SCRATCH}${process.pid}-removing-${name}`;
  try {
    renameSync(join(root, name), join(root, doomed));
  } catch {
    return; // another build removed it first
  }
  rmSync(join(root, doomed), { recursive: true, force: true });
}

/** Other copies unused for an hour, and the scratch folders of builds that were killed. */
function removeStale(root, current) {
  for (const name of readdirSync(root)) {
    if (name === current) continue;
    if (name.startsWith(SCRATCH)) {
      const pid = Number(name.slice(SCRATCH.length).split("-")[0]);
      if (!isRunning(pid)) rmSync(join(root, name), { recursive: true, force: true });
    } else if (Date.now() - statSync(join(root, name)).mtimeMs > UNUSED_MS) {
      remove(root, name);
    }
  }
}

async function compileCopy(project, files, root, stamp) {
  mkdirSync(root, { recursive: true });
  const scratch = mkdtempSync(join(root, `${SCRATCH}${process.pid}-`));
  try {
    await compileInto(project, files, scratch);
    // A source edited while compiling: the copy may mix two states, so it is not kept.
    if (sourceStamp(project, sourceFiles(project)) !== stamp) return false;
    try {
      renameSync(scratch, join(root, stamp));
    } catch (error) {
      // Another build made the same copy first; the two are alike.
      if (error.code !== "ENOTEMPTY" && error.code !== "EEXIST") throw error;
    }
    return true;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The folder of a whole compiled copy of the project's current sources, compiling one if needed. */
export async function compiledCopy(project) {
  const root = join(project, COMPILED);
  for (;;) {
    const files = sourceFiles(project);
    const stamp = sourceStamp(project, files);
    const copy = join(root, stamp);
    if (existsSync(copy)) {
      // Marks the copy as in use, so another build's tidying keeps it.
      const now = new Date();
      utimesSync(copy, now, now);
      return copy;
    }
    if (await compileCopy(project, files, root, stamp)) {
      removeStale(root, stamp);
      return copy;
    }
  }
}
