import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { digestOf } from "../cache/diskMemo.ts";
import { runInPool } from "../content/render/workerPool.ts";
import { moduleBeside, PROJECT } from "../core/modules.ts";
import { searchIndexPath } from "../core/paths.ts";
import { languages, type Lang } from "../core/site.ts";
import type { BuildModel } from "../model/buildModel.ts";
import { searchSources } from "../views/search/records.ts";
import { keptIndex, keptPath, run, type IndexTask } from "./searchIndexFile.ts";

/**
 * From this many issues the indexes are made in a worker thread, while Eleventy renders the
 * pages: at 4,000 issues they take ~2.2 s of CPU and are done before the last page is written
 * (docs/performance.md#search); at the weekly's size they take milliseconds in the build's thread.
 */
const MIN_ISSUES_FOR_WORKER = 500;

/** `WEEKLY_SEARCH_WORKER=1` makes the indexes in a worker whatever the size, `0` never (the tests compare the two). */
const inWorker = (issues: number, env = process.env) => (env.WEEKLY_SEARCH_WORKER ? env.WEEKLY_SEARCH_WORKER === "1" : issues >= MIN_ISSUES_FOR_WORKER);

/**
 * The code an index depends on besides its issues: the search views' TypeScript sources (not the
 * running modules, so `npm start` through tsx and `npm run build` from the compiled copy share
 * the kept index), and the locked versions of MiniSearch and the stemmer.
 */
function codeDigest(): string {
  const views = join(PROJECT, "src/views/search");
  const files = readdirSync(views).sort().map((name) => readFileSync(join(views, name)));
  return digestOf(...files, readFileSync(join(PROJECT, "package-lock.json")));
}

/** The kept indexes, and the others made: in a worker thread for a large site, so that a build with the same issues starts none. */
async function indexes(tasks: IndexTask[]): Promise<string[]> {
  const kept = await Promise.all(tasks.map(keptIndex));
  const missing = tasks.filter((_, i) => kept[i] === undefined);
  if (missing.length === 0) return kept as string[];
  const issues = missing.reduce((sum, task) => sum + task.sources.length, 0);
  const made = inWorker(issues) ? await runInPool<IndexTask, string>(missing, { module: moduleBeside(import.meta.url, "searchIndexFile"), workers: 1 }) : await run(missing);
  return kept.map((json) => json ?? made.shift()!);
}

/** Both languages' indexes for this build's model, in the languages' order. */
function startIndexes(model: BuildModel, cacheDir: string): Promise<string[]> {
  const code = codeDigest();
  const tasks: IndexTask[] = languages.map((lang) => {
    const sources = searchSources(model, lang);
    return { lang, sources, kept: keptPath(join(cacheDir, "search"), lang, sources, code) };
  });
  const pending = indexes(tasks);
  // Awaited by the pages; marked handled now, so a build that fails first does not crash on it.
  pending.catch(() => undefined);
  return pending;
}

/**
 * Set to 0, a build makes no search index (its search pages then find nothing): `npm run bench`
 * pairs cold builds with and without one to weigh what search adds to a build.
 */
export const NO_INDEX_VARIABLE = "WEEKLY_SEARCH_INDEX";

/** The template of the index pages, whose content is only its language until the transform below puts the index there. */
const INDEX_TEMPLATE = "pages/search-index.11ty.js";

/**
 * Each language's search index as a page of the build, `/<lang>/search/index.json`, so Eleventy
 * writes it with the pages, the dev server's rebuilds included; a failure fails the page, and so
 * the build, with its message. The returned function hands over each build's model: a build that
 * writes its pages starts the indexes at once, so a worker makes them while Eleventy renders;
 * another (the dev server's renders) when Eleventy paginates the template, so a render of an
 * edited issue alone, which leaves the template out, makes none.
 *
 * The index is put in by a transform, not by the template: Eleventy awaits each template's
 * content in turn, before it lays out and writes any page, so a template awaiting the worker
 * held up every page after it (0.6–1.1 s of a cold build at 4,000 issues); transforms run as
 * the pages are written, all at once, so the others go on meanwhile.
 */
export function addSearchIndex(eleventyConfig: UserConfig, cacheDir: string): (model: BuildModel, writesPages: boolean) => void {
  if (process.env[NO_INDEX_VARIABLE] === "0") return () => undefined;
  let model: BuildModel | undefined;
  let pending: Promise<string[]> | undefined;
  const started = () => {
    if (!model) throw new Error("the search index was requested before the issues were loaded");
    return (pending ??= startIndexes(model, cacheDir));
  };
  eleventyConfig.addTemplate(INDEX_TEMPLATE, (data: { lang: Lang }) => data.lang, {
    pagination: {
      data: "languages",
      size: 1,
      alias: "lang",
      before: (langs: Lang[]) => {
        started();
        return langs;
      },
    },
    permalink: (data: { lang: Lang }) => searchIndexPath(data.lang),
    layout: false,
    eleventyExcludeFromCollections: true,
  });
  eleventyConfig.addTransform("search-index", async function (this: { page: { inputPath: string } }, content: string) {
    if (!this.page.inputPath.endsWith(INDEX_TEMPLATE)) return content;
    return (await started())[languages.indexOf(content as Lang)]!;
  });
  return (built, writesPages) => {
    model = built;
    pending = undefined;
    if (writesPages) started();
  };
}
