import { rm } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { languages, type Lang } from "../core/site.ts";
import { searchBundlePath } from "../core/paths.ts";
import type { BuildModel } from "../model/buildModel.ts";
import { searchLanguage, searchRecords } from "../views/search/records.ts";

/** Pagefind's own interfaces, which it writes beside the index; the search page is ours (assets/search.js). */
const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"];

/** A Pagefind call that failed, told with what the author can do about it. */
class SearchIndexError extends Error {
  constructor(step: string, errors: string[]) {
    super(`search index: Pagefind could not ${step}: ${errors.join("; ")}; check that npm ci installed pagefind and @pagefind/linux-x64 (or your platform's package)`);
  }
}
const failed = (step: string, errors: string[]) => new SearchIndexError(step, errors);

/**
 * One language's index, written to `<output>/<lang>/pagefind/`: only its own issues, so an
 * English query never lands on a Chinese page, and each search page loads only its language.
 */
async function writeLanguage(model: BuildModel, lang: Lang, output: string): Promise<void> {
  // The pagefind package runs pagefind_extended when it is installed: Chinese segmentation.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: searchLanguage[lang] });
  if (!index) throw failed("start", errors);
  // All at once: Pagefind's service answers each in turn without waiting for the next to be sent.
  const records = searchRecords(model, lang);
  const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  added.forEach((result, i) => {
    if (result.errors.length > 0) throw failed(`index ${records[i]?.url}`, result.errors);
  });
  const bundle = join(output, searchBundlePath(lang));
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw failed("write its files", written.errors);
  for (const file of UNUSED_UI) await rm(join(bundle, file));
  await index.deleteIndex();
}

/** Every language's index into `output`, the site's folder (bench/search.ts times it). */
export async function writeSearchIndex(model: BuildModel, output: string): Promise<void> {
  try {
    await Promise.all(languages.map((lang) => writeLanguage(model, lang, output)));
  } catch (error) {
    // Its service stopping (a missing or broken binary) surfaces as a bare EPIPE.
    throw error instanceof SearchIndexError ? error : failed("run", [(error as Error).message]);
  } finally {
    await pagefind.close();
  }
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
    start(model: BuildModel, output: string): void {
      pending = writeSearchIndex(model, output).then(() => undefined, (error: Error) => error);
    },
    async finish(): Promise<void> {
      const error = await pending;
      pending = undefined;
      if (error) throw error;
    },
  };
}
