import { readdir, readFile, rename, rm, writeFile, mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { digestOf } from "../cache/diskMemo.ts";
import { scratchPath } from "../cache/scratchFiles.ts";
import { isRunning } from "../core/processes.ts";
import type { SearchSource } from "../views/search/records.ts";
import { searchIndexJson } from "../views/search/index.ts";

/** One language's index to make: its issues, and where the last one made is kept. */
export interface IndexTask {
  lang: string;
  sources: SearchSource[];
  /** `.cache/weekly/search/`; none in a build without a cache. */
  cacheDir?: string;
  /** What else the index depends on: the code that makes it (searchIndex.ts). */
  code: string;
}

/**
 * A source as parts of a digest: what a result shows as JSON, then the body, each ended by a NUL,
 * which markdown-it never writes (CommonMark replaces it); the body is not escaped into JSON,
 * which took 0.3–1 s at 4,000 issues.
 */
const partsOf = ({ html, ...shown }: SearchSource) => [JSON.stringify(shown), "\0", html, "\0"];

/** Another index of the language than `kept`, or its scratch file if the build writing it is gone (one running beside this one is left alone). */
function isOutdated(name: string, lang: string, kept: string): boolean {
  if (!name.startsWith(`${lang}-`) || name === basename(kept)) return false;
  const pid = /\.json\.(\d+)$/.exec(name)?.[1];
  return pid === undefined || !isRunning(Number(pid));
}

/**
 * The index of one language, from `<cacheDir>/<lang>-<digest>.json` if its issues and code are
 * the same as when it was kept, else made and kept there (written aside and renamed, so a build
 * killed while writing leaves no index under a wrong digest); any other of the language, and the
 * scratch file of a build killed while writing, removed.
 */
async function indexOf(task: IndexTask): Promise<string> {
  if (!task.cacheDir) return searchIndexJson(task.sources);
  const digest = digestOf(task.code, ...task.sources.flatMap(partsOf));
  const kept = join(task.cacheDir, `${task.lang}-${digest}.json`);
  let json = await readFile(kept, "utf8").catch(() => undefined);
  if (json === undefined) {
    json = searchIndexJson(task.sources);
    await mkdir(task.cacheDir, { recursive: true });
    await writeFile(scratchPath(kept), json);
    await rename(scratchPath(kept), kept);
  }
  await Promise.all((await readdir(task.cacheDir)).filter((name) => isOutdated(name, task.lang, kept)).map((name) => rm(join(task.cacheDir!, name), { force: true })));
  return json;
}

/** A batch of languages' indexes, each as its JSON: the worker pool's entry (src/content/render/workerPool.ts). */
export const run = (tasks: IndexTask[]): Promise<string[]> => Promise.all(tasks.map(indexOf));
