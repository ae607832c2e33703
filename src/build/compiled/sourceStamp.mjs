// What the compiled copy is made from, and a stamp that changes whenever any of it does.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/** Files besides src/ that change what the compiled copy holds: the config, esbuild's settings, esbuild's version. */
const BESIDE_SOURCES = ["eleventy.config.ts", "tsconfig.json", "package-lock.json"];

/** Every file the compiled copy is made from, relative to the project, in a fixed order. */
export function sourceFiles(project) {
  const sources = readdirSync(join(project, "src"), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(project, join(entry.parentPath, entry.name)));
  return [...sources.sort(), ...BESIDE_SOURCES];
}

/**
 * A digest of each source's path and bytes, not its time: a fresh clone given a kept .cache/
 * (the Pages workflow) finds the copy its sources make. Reading the files costs a few
 * milliseconds more than a stat of each (measured in docs/performance.md, "Start-up").
 */
export function sourceStamp(project, files) {
  const hash = createHash("sha256");
  for (const file of files) {
    const bytes = readFileSync(join(project, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("base64url").slice(0, 16);
}
