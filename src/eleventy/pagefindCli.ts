import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/** A Pagefind run that failed, told with what the author can do about it. */
class SearchIndexError extends Error {
  constructor(step: string, detail: string) {
    super(`search index: Pagefind could not ${step}: ${detail}; check that npm ci installed pagefind and @pagefind/${process.platform}-${process.arch} (or set PAGEFIND_EXTENDED_BINARY_PATH)`);
  }
}

/** The installed pagefind package's version: an index made by another is made again. */
export const pagefindVersion = (): string =>
  JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.resolve("pagefind"))), "..", "package.json"), "utf8")).version;

/** pagefind_extended (Chinese segmentation), from the platform package the pagefind package installs; the package's own variable overrides it. */
function pagefindBinary(): string {
  const override = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (override) return override;
  const exe = process.platform === "win32" ? ".exe" : "";
  try {
    return require.resolve(`@pagefind/${process.platform}-${process.arch}/bin/pagefind_extended${exe}`);
  } catch (error) {
    throw new SearchIndexError("be found", (error as Error).message);
  }
}

/** Runs Pagefind's command line; its output is kept for the error, read only if it fails. */
export function runPagefind(args: string[]): Promise<void> {
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
