import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
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
  for (const record of searchRecords(model, lang)) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw failed(`index ${record.url}`, added.errors);
  }
  const bundle = join(output, searchBundlePath(lang));
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw failed("write its files", written.errors);
  for (const file of UNUSED_UI) await rm(join(bundle, file));
  await index.deleteIndex();
}

/** Every language's index into `output`, the site's folder (bench/search.ts times it). */
export async function writeSearchIndex(model: BuildModel, output: string): Promise<void> {
  try {
    for (const lang of languages) await writeLanguage(model, lang, output);
  } catch (error) {
    // Its service stopping (a missing or broken binary) surfaces as a bare EPIPE.
    throw error instanceof SearchIndexError ? error : failed("run", [(error as Error).message]);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the site when a build writes it (`npm run build`, and each whole build of `npm start`),
 * into the build's own output folder: for `npm run build` that is the scratch folder, so the index
 * is swapped in with the pages or not at all.
 */
export function addSearchIndex(eleventyConfig: UserConfig, model: () => BuildModel): void {
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode === "fs") await writeSearchIndex(model(), directories.output);
  });
}
