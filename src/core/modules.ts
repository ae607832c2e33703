import { extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** Where `npm run build` keeps its compiled copies (src/build/compiled/compiledCopy.mjs). */
const COMPILED_COPY = /[\\/]\.cache[\\/]compiled[\\/][^\\/]+[\\/]?$/;

/**
 * The project folder, seen from a module of src/<layer>/: the folder above src/, or, for a
 * module of a compiled copy (`.cache/compiled/<stamp>/src/…`), the project that holds the copy.
 */
export function projectOf(moduleUrl: string): string {
  const mirror = fileURLToPath(new URL("../..", moduleUrl));
  return COMPILED_COPY.test(mirror) ? resolve(mirror, "../../..") : resolve(mirror);
}

/** The project: layouts, content and the sources, wherever the running code was compiled to. */
export const PROJECT = projectOf(import.meta.url);

/**
 * A module of ours beside `moduleUrl`, named without its extension, as the running code has it:
 * `.ts` through tsx, `.js` in the compiled copy. For a worker's entry or Eleventy's config.
 */
export function moduleBeside(moduleUrl: string, stem: string): URL {
  return new URL(stem + extname(fileURLToPath(moduleUrl)), moduleUrl);
}
