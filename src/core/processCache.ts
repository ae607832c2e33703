/**
 * What outlives one build. The dev server runs a build per edit in one process and keeps, from
 * one build to the next, what an unchanged issue needs again (its rendering, its feed body, its
 * sitemap entry). This is the only mutable module-level state in src/; a test holds it so.
 */
const kept = new Map<string, unknown>();

/** The process's value under `name`, made by `make` the first time it is asked for. */
export function processCache<T>(name: string, make: () => T): T {
  if (!kept.has(name)) kept.set(name, make());
  return kept.get(name) as T;
}
