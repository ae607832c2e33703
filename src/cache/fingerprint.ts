import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const computed = new Map<string, string>();

/**
 * Everything a cached render depends on besides its source: our code (any file under src/), the
 * installed packages (the lockfile), Node, and the build's URL options. A change to any of them
 * starts the caches afresh.
 */
export function renderFingerprint(options: { pathPrefix: string; origin: string }, project = PROJECT): string {
  const key = JSON.stringify([options.pathPrefix, options.origin, project]);
  const known = computed.get(key);
  if (known) return known;
  const hash = createHash("sha256").update(process.version).update(JSON.stringify(options));
  hash.update(readFileSync(join(project, "package-lock.json")));
  const src = join(project, "src");
  for (const file of readdirSync(src, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.endsWith(".ts")) hash.update(file).update(readFileSync(join(src, file)));
  }
  const fingerprint = hash.digest("base64url");
  // Once per process: the loader and the feeds both ask, and the code cannot change under us.
  if (project === PROJECT) computed.set(key, fingerprint);
  return fingerprint;
}
