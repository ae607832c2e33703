import { availableParallelism } from "node:os";

/** Set to force the number of render worker threads (0: the build's own thread); tests and benches do. */
export const WORKERS_VARIABLE = "WEEKLY_RENDER_WORKERS";

/** Fewer issues to render than this are rendered in the build's own thread. */
const MIN_ISSUES_FOR_WORKERS = 200;

/**
 * How many worker threads render `issues` issues: one per core, or none on one core or for a
 * few issues, where starting a worker (tsx, markdown-it, Prism) costs more than it saves.
 */
export function workerCount(issues: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = env[WORKERS_VARIABLE];
  if (forced !== undefined && forced !== "") {
    if (!/^\d+$/.test(forced)) {
      throw new Error(`${WORKERS_VARIABLE} is "${forced}": set it to a whole number of render worker threads, such as 4, or 0 to render in the build's own thread`);
    }
    return Number(forced);
  }
  return cores < 2 || issues < MIN_ISSUES_FOR_WORKERS ? 0 : cores;
}
