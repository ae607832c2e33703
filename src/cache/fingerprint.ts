import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importedModules } from "./moduleGraph.ts";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const computed = new Map<string, string>();

/** The code that decides what the caches hold: the issue loader and the feed bodies. */
const RENDERING_ROOTS = ["src/content/loadIssues.ts", "src/content/feedBodies.ts"];

/**
 * Everything a cached render depends on besides its source: the code that renders (the loader,
 * the feed bodies and every module they import, so a change to a page view or the dev server
 * keeps the caches), the installed packages (the lockfile), Node, and the build's URL options. A
 * change to any of them starts the caches afresh. Without a lockfile the packages are unknown:
 * no fingerprint, no cache.
 */
export function renderFingerprint(options: { pathPrefix: string; origin: string }, project = PROJECT): string | undefined {
  const key = JSON.stringify([options.pathPrefix, options.origin, project]);
  if (computed.has(key)) return computed.get(key);
  const lockfile = join(project, "package-lock.json");
  if (!existsSync(lockfile)) return undefined;
  const hash = createHash("sha256").update(process.version).update(JSON.stringify(options));
  hash.update(readFileSync(lockfile));
  const modules = importedModules(project, RENDERING_ROOTS);
  // A renamed root would leave its code out of the fingerprint, and stale pages in the cache.
  const missing = RENDERING_ROOTS.filter((root) => !modules.some((module) => module.path === root));
  if (missing.length > 0) throw new Error(`render-cache fingerprint: ${missing.join(", ")} not found; update RENDERING_ROOTS in src/cache/fingerprint.ts`);
  for (const { path, text } of modules) hash.update(path).update(text);
  const fingerprint = hash.digest("base64url");
  // Once per process: the loader and the feeds both ask, and the code cannot change under us.
  if (project === PROJECT) computed.set(key, fingerprint);
  return fingerprint;
}
