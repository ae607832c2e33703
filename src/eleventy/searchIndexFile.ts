import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { digestOf } from "../cache/diskMemo.ts";
import { scratchPath } from "../cache/scratchFiles.ts";
import { isRunning } from "../core/processes.ts";
import type { SearchSource } from "../views/search/records.ts";

/** One language's index: its issues, and where it is kept. */
export interface IndexTask {
  lang: string;
  sources: SearchSource[];
  /** `.cache/weekly/search/<lang>-<digest>.json` (keptPath). */
  kept: string;
}

/**
 * A source as parts of a digest: what a result shows as JSON, then the body, each ended by a NUL,
 * which markdown-it never writes (CommonMark replaces it); the body is not escaped into JSON,
 * which took 0.3–1 s at 4,000 issues.
 */
const partsOf = ({ html, ...shown }: SearchSource) => [JSON.stringify(shown), "\0", html, "\0"];

/** Where the index of these sources is kept: named for their digest and that of the code that makes it. */
export const keptPath = (cacheDir: string, lang: string, sources: SearchSource[], code: string) =>
  join(cacheDir, `${lang}-${digestOf(code, ...sources.flatMap(partsOf))}.json`);

/** Another index of the language than `kept`, or its scratch file if the build writing it is gone (one running beside this one is left alone). */
function isOutdated(name: string, lang: string, kept: string): boolean {
  if (!name.startsWith(`${lang}-`) || name === basename(kept)) return false;
  const pid = /\.json\.(\d+)$/.exec(name)?.[1];
  return pid === undefined || !isRunning(Number(pid));
}

/** Removes the language's other indexes, and the scratch files of builds killed while writing one. */
async function removeOutdated(task: IndexTask): Promise<void> {
  const folder = join(task.kept, "..");
  const names = await readdir(folder).catch(() => []);
  await Promise.all(names.filter((name) => isOutdated(name, task.lang, task.kept)).map((name) => rm(join(folder, name), { force: true })));
}

/** The kept index of the task's sources, if there is one; the cache tidied either way. */
export async function keptIndex(task: IndexTask): Promise<string | undefined> {
  const json = await readFile(task.kept, "utf8").catch(() => undefined);
  if (json !== undefined) await removeOutdated(task);
  return json;
}

/**
 * The index of one language, made and kept (written aside and renamed, so a build killed while
 * writing leaves no index under a wrong name); any other of the language, and the scratch file
 * of a build killed while writing, removed.
 */
async function makeIndex(task: IndexTask): Promise<string> {
  // Loaded only to make an index: MiniSearch and the stemmer are no part of a build that keeps one.
  const { searchIndexJson } = await import("../views/search/index.ts");
  const json = searchIndexJson(task.sources);
  await mkdir(join(task.kept, ".."), { recursive: true });
  await writeFile(scratchPath(task.kept), json);
  await rename(scratchPath(task.kept), task.kept);
  await removeOutdated(task);
  return json;
}

/** A batch of languages' indexes, each as its JSON: the worker pool's entry (src/content/render/workerPool.ts). */
export const run = (tasks: IndexTask[]): Promise<string[]> => Promise.all(tasks.map(makeIndex));
