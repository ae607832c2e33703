import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { languages, type Lang } from "../core/site.ts";
import { searchBundlePath } from "../core/paths.ts";
import type { BuildModel } from "../model/buildModel.ts";
import { indexDocument } from "../views/search/indexDocument.ts";
import { searchLanguage, searchRecords } from "../views/search/records.ts";

/** Pagefind's own interfaces, which it writes beside the index; the search page is ours (assets/search.js). */
const UNUSED_UI = ["pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css", "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js"];

/** A Pagefind run that failed, told with what the author can do about it. */
class SearchIndexError extends Error {
  constructor(step: string, detail: string) {
    super(`search index: Pagefind could not ${step}: ${detail}; check that npm ci installed pagefind and @pagefind/${process.platform}-${process.arch} (or set PAGEFIND_EXTENDED_BINARY_PATH)`);
  }
}

/** pagefind_extended (Chinese segmentation), from the platform package the pagefind package installs; the same variable overrides it. */
function pagefindBinary(): string {
  const override = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (override) return override;
  const exe = process.platform === "win32" ? ".exe" : "";
  try {
    return createRequire(import.meta.url).resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended${exe}`);
  } catch (error) {
    throw new SearchIndexError("be found", (error as Error).message);
  }
}

/** Runs Pagefind's command line; its output is kept for the error, read only if it fails. */
function runPagefind(args: string[]): Promise<void> {
  const binary = pagefindBinary();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", (error) => reject(new SearchIndexError(`run ${binary}`, error.message)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new SearchIndexError("index", `${binary} exited with ${code}: ${output.trim()}`))));
  });
}

/**
 * One language's index, written to `<output>/<lang>/pagefind/`: only its own issues, so an
 * English query never lands on a Chinese page, and each search page loads only its language.
 * Each record is written as a small page at its URL in a scratch folder and indexed by Pagefind's
 * command line, which parses them in parallel: through its Node API (one record at a time over
 * stdio) 2,000 Chinese records took 38 s, through the command line 12 s (docs/performance.md#search).
 */
async function writeLanguage(model: BuildModel, lang: Lang, output: string): Promise<void> {
  const pages = await mkdtemp(join(tmpdir(), `weekly-search-${lang}-`));
  try {
    await Promise.all(
      searchRecords(model, lang).map(async (record) => {
        const folder = join(pages, decodeURI(record.url));
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, "index.html"), indexDocument(record));
      }),
    );
    const bundle = join(output, searchBundlePath(lang));
    await runPagefind(["--site", pages, "--output-path", bundle, "--force-language", searchLanguage[lang], "--quiet"]);
    await Promise.all(UNUSED_UI.map((file) => rm(join(bundle, file), { force: true })));
  } finally {
    await rm(pages, { recursive: true, force: true });
  }
}

/** Every language's index into `output`, the site's folder (bench/search.ts times it). */
export async function writeSearchIndex(model: BuildModel, output: string): Promise<void> {
  await Promise.all(languages.map((lang) => writeLanguage(model, lang, output)));
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
