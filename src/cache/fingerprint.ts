import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT } from "../core/modules.ts";

/**
 * The code a cached render depends on: the layers below the model (dictionaries and paths,
 * this cache's file format, front matter and markdown). The dependency rules
 * (.dependency-cruiser.cjs) keep them from importing any layer above, so a change to a page
 * view, a layout or the dev server keeps the cache.
 */
export const RENDERING_LAYERS = ["src/core", "src/cache", "src/content"];

function sourceFiles(project: string, folder: string): string[] {
  const root = join(project, folder);
  // A renamed layer would leave its code out of the fingerprint, and stale pages in the cache.
  if (!existsSync(root)) throw new Error(`render-cache fingerprint: ${folder} not found; update RENDERING_LAYERS in src/cache/fingerprint.ts`);
  return readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".ts"))
    .map((path) => join(folder, path))
    .sort();
}

/**
 * Everything a cached render depends on besides its source: the rendering code, the installed
 * packages (the lockfile), Node, and the build's URL options. A change to any of them starts the
 * caches afresh. Without a lockfile the packages are unknown: no fingerprint, no cache.
 */
export function renderFingerprint(options: { pathPrefix: string; origin: string }, project = PROJECT): string | undefined {
  const lockfile = join(project, "package-lock.json");
  if (!existsSync(lockfile)) return undefined;
  const hash = createHash("sha256").update(process.version).update(JSON.stringify(options));
  hash.update(readFileSync(lockfile));
  for (const file of RENDERING_LAYERS.flatMap((folder) => sourceFiles(project, folder))) {
    hash.update(file).update(readFileSync(join(project, file)));
  }
  return hash.digest("base64url");
}
