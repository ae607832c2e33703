import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// `from "./x.ts"`, `import "./x.ts"` and `import("./x.ts")`: every way our code imports its own
// modules (relative paths only; packages are the lockfile's business). A match in a comment
// only adds a module, which is safe.
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

export interface SourceModule {
  /** Project-relative. */
  path: string;
  text: string;
}

/**
 * The roots and every module they import, directly or not, statically or lazily, sorted by path.
 * A path that names no file is left out (the build itself would fail on it).
 */
export function importedModules(project: string, roots: readonly string[]): SourceModule[] {
  const found = new Map<string, string>();
  const visit = (file: string) => {
    const path = relative(project, file);
    if (found.has(path)) return;
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return;
    }
    found.set(path, text);
    for (const match of text.matchAll(RELATIVE_IMPORT)) visit(resolve(dirname(file), match[1] as string));
  };
  for (const root of roots) visit(join(project, root));
  return [...found].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, text]) => ({ path, text }));
}
