// What the compiled copy is made from, and a stamp that changes whenever any of it does.
import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
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
 * A digest of each source's path, size and modification time, not its bytes: 170 stats cost
 * about a third of reading the files (7 December 2026). An edit changes the time; a checkout that
 * only touches a file makes one needless compile.
 */
export function sourceStamp(project, files) {
  const hash = createHash("sha256");
  for (const file of files) {
    const { size, mtimeNs } = statSync(join(project, file), { bigint: true });
    hash.update(`${file}\0${size}\0${mtimeNs}\n`);
  }
  return hash.digest("base64url").slice(0, 16);
}
