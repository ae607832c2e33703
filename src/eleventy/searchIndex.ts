import { join } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import * as pagefind from "pagefind";
import { languages, type Lang } from "../core/site.ts";
import { searchBundlePath } from "../core/paths.ts";
import type { BuildModel } from "../model/buildModel.ts";
import { searchLanguage, searchRecords } from "../views/search/records.ts";

/** A Pagefind call that failed, told with what the author can do about it. */
function failed(step: string, errors: string[]): Error {
  return new Error(`search index: Pagefind could not ${step}: ${errors.join("; ")}; check that npm ci installed pagefind and @pagefind/linux-x64 (or your platform's package)`);
}

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
  const written = await index.writeFiles({ outputPath: join(output, searchBundlePath(lang)) });
  if (written.errors.length > 0) throw failed("write its files", written.errors);
  await index.deleteIndex();
}

/**
 * Indexes the site when a build writes it (`npm run build`, and each whole build of `npm start`),
 * into the build's own output folder: for `npm run build` that is the scratch folder, so the index
 * is swapped in with the pages or not at all.
 */
export function addSearchIndex(eleventyConfig: UserConfig, model: () => BuildModel): void {
  eleventyConfig.on("eleventy.after", async ({ directories, outputMode }) => {
    if (outputMode !== "fs") return;
    try {
      for (const lang of languages) await writeLanguage(model(), lang, directories.output);
    } finally {
      await pagefind.close();
    }
  });
}
