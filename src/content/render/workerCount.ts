import { availableParallelism } from "node:os";

/**
 * Set to force the number of render worker threads beside the build's own thread (0: none);
 * tests and benches do.
 */
export const WORKERS_VARIABLE = "WEEKLY_RENDER_WORKERS";

/**
 * Fewer issues to render than this are rendered in the build's own thread alone: a worker costs
 * ~1.3 s of CPU to start (tsx, zod, markdown-it, Prism). In paired cold builds (7 December 2026,
 * 2 cores, load 6-9) one worker at 4,000 issues saved no time (wall 1.01, CPU 1.14 against none)
 * and two at 200 cost 1.75×; twice the largest size measured, until a calmer host says otherwise.
 */
const MIN_ISSUES_FOR_WORKERS = 8000;

/**
 * How many worker threads help the build's own thread render `issues` issues: one per other
 * core, or none for a few issues, which the build's thread renders before a worker has started
 * (tsx, markdown-it, Prism).
 */
export function workerCount(issues: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): number {
  const forced = env[WORKERS_VARIABLE];
  if (forced !== undefined && forced !== "") {
    if (!/^\d+$/.test(forced)) {
      throw new Error(`${WORKERS_VARIABLE} is "${forced}": set it to a whole number of render worker threads, such as 4, or 0 to render in the build's own thread alone`);
    }
    return Number(forced);
  }
  return issues < MIN_ISSUES_FOR_WORKERS ? 0 : cores - 1;
}
