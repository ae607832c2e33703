import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const computed = new Map<string, string>();

/**
 * Everything a cached render depends on besides its source: our code (any file under src/), the
 * installed packages (the lockfile), Node, and the build's URL options. A change to any of them
 * starts the caches afresh. Without a lockfile the packages are unknown: no fingerprint, no cache.
 */
export function renderFingerprint(options: { pathPrefix: string; origin: string }, project = PROJECT): string | undefined {
  const key = JSON.stringify([options.pathPrefix, options.origin, project]);
  if (computed.has(key)) return computed.get(key);
  const lockfile = join(project, "package-lock.json");
  if (!existsSync(lockfile)) return undefined;
  const hash = createHash("sha256").update(process.version).update(JSON.stringify(options));
  hash.update(readFileSync(lockfile));
  const src = join(project, "src");
  for (const file of readdirSync(src, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.endsWith(".ts")) hash.update(file).update(readFileSync(join(src, file)));
  }
  const fingerprint = hash.digest("base64url");
  // Once per process: the loader and the feeds both ask, and the code cannot change under us.
  if (project === PROJECT) computed.set(key, fingerprint);
  return fingerprint;
}
