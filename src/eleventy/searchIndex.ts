import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { digestOf } from "../cache/diskMemo.ts";
import { linkTree } from "../cache/linkTree.ts";
import { removeAbandonedScratch, scratchPath } from "../cache/scratchFiles.ts";
import { languages, type Lang } from "../core/site.ts";
import { searchBundlePath } from "../core/paths.ts";
import type { BuildModel } from "../model/buildModel.ts";
import { indexDocument } from "../views/search/indexDocument.ts";
import { searchLanguage, searchRecords } from "../views/search/records.ts";
import { pagefindVersion, runPagefind } from "./pagefindCli.ts";

/** Pagefind's own interfaces, which it writes beside the index; the search page is ours (assets/search.js). */
const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"];

/** A language's pages for Pagefind, each a small document at its record's URL. */
const indexPages = (model: BuildModel, lang: Lang) =>
  searchRecords(model, lang).map((record) => ({ path: join(decodeURI(record.url), "index.html"), html: indexDocument(record) }));

type IndexPages = ReturnType<typeof indexPages>;

/**
 * The folder Pagefind reads the pages from: beside the cached index, named for this process so
 * the next build removes it if this one is killed; without a cache, one of the system's own.
 */
async function pagesFolder(lang: Lang, cacheDir?: string): Promise<string> {
  if (!cacheDir) return mkdtemp(join(tmpdir(), `weekly-search-${lang}-`));
  const pages = join(cacheDir, "search", `${lang}-pages`);
  removeAbandonedScratch(pages);
  await mkdir(scratchPath(pages), { recursive: true });
  return scratchPath(pages);
}

/**
 * Pagefind's index of the pages into `bundle`. Each page is written at its URL in a scratch
 * folder and indexed by Pagefind's command line, which parses them in parallel: through its Node
 * API (one record at a time over stdio) 2,000 Chinese records took 38 s, through the command
 * line 12 s (docs/performance.md#search).
 */
async function runIndex(pages: IndexPages, lang: Lang, bundle: string, cacheDir?: string): Promise<void> {
  const site = await pagesFolder(lang, cacheDir);
  try {
    await Promise.all(
      pages.map(async (page) => {
        await mkdir(join(site, page.path, ".."), { recursive: true });
        await writeFile(join(site, page.path), page.html);
      }),
    );
    await runPagefind(["--site", site, "--output-path", bundle, "--force-language", searchLanguage[lang], "--quiet"]);
    await Promise.all(UNUSED_UI.map((file) => rm(join(bundle, file), { force: true })));
  } finally {
    await rm(site, { recursive: true, force: true });
  }
}

/**
 * One language's index, written to `<output>/<lang>/pagefind/`: only its own issues, so an
 * English query never lands on a Chinese page, and each search page loads only its language.
 * With `cacheDir`, the last index made is kept in `<cacheDir>/search/<lang>/` under the digest
 * of its pages and Pagefind's version, and a build whose pages are the same links it in (linkTree).
 */
async function writeLanguage(model: BuildModel, lang: Lang, output: string, cacheDir?: string): Promise<void> {
  const pages = indexPages(model, lang);
  const bundle = join(output, searchBundlePath(lang));
  // Its files may be hard links into the cache (npm start's output outlives a build): never written over.
  await rm(bundle, { recursive: true, force: true });
  if (!cacheDir) return runIndex(pages, lang, bundle);
  const cached = join(cacheDir, "search", lang);
  const digest = digestOf(pagefindVersion(), ...pages.flatMap((page) => [page.path, page.html]));
  if ((await readFile(join(cached, "digest"), "utf8").catch(() => "")) === digest) {
    await linkTree(join(cached, "bundle"), bundle);
    return;
  }
  await runIndex(pages, lang, bundle, cacheDir);
  // Made aside and renamed in, so a build that stops halfway leaves no index under a wrong digest;
  // the aside folders of builds killed while making one are removed first.
  removeAbandonedScratch(cached);
  const scratch = scratchPath(cached);
  await rm(scratch, { recursive: true, force: true });
  await linkTree(bundle, join(scratch, "bundle"));
  await writeFile(join(scratch, "digest"), digest);
  await rm(cached, { recursive: true, force: true });
  await rename(scratch, cached);
}

/** Every language's index into `output`, the site's folder (bench/search.ts times it without a cache). */
export async function writeSearchIndex(model: BuildModel, output: string, cacheDir?: string): Promise<void> {
  await Promise.all(languages.map((lang) => writeLanguage(model, lang, output, cacheDir)));
}

/**
 * The index of a build that writes its pages (`npm run build`, and each whole build of
 * `npm start`), started as soon as the build's model is made: Pagefind works in its own process,
 * on another core, while Eleventy writes the pages. It is written into the build's own output
 * folder (for `npm run build` the scratch folder), and `finish` waits for it, so it is swapped in
 * with the pages or not at all. A build that fails first never calls `finish`; the index's own
 * failure waits there, unreported, with the scratch folder it was writing.
 */
export function searchIndexer() {
  let pending: Promise<Error | undefined> | undefined;
  return {
    start(model: BuildModel, output: string, cacheDir: string): void {
      pending = writeSearchIndex(model, output, cacheDir).then(() => undefined, (error: Error) => error);
    },
    async finish(): Promise<void> {
      const error = await pending;
      pending = undefined;
      if (error) throw error;
    },
  };
}
