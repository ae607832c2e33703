import { availableParallelism } from "node:os";

/**
 * Set to force a pool of that many render worker threads, which then render every issue while
 * the build's own thread only hands them out (0: the build's own thread alone); tests and
 * benches do.
 */
export const WORKERS_VARIABLE = "WEEKLY_RENDER_WORKERS";

/**
 * Fewer issues to render than this are rendered in the build's own thread alone: a worker costs
 * ~1 s of CPU to start (zod, js-yaml, markdown-it, Prism), while markdown is ~0.5 s of a cold
 * build at 4,000 issues. In paired cold builds at 4,000 issues (7 December 2026, 2 cores, load
 * 5-9) one worker beside the build's thread saved no time, through tsx (wall 1.01, CPU 1.14
 * against none) or from the compiled copy (wall 1.08, CPU 1.11); two at 200 issues cost 1.75×.
 * Twice the largest size measured, until a calmer host or a cheaper worker says otherwise.
 */
const MIN_ISSUES_FOR_WORKERS = 8000;

/** Which threads render: `workers` worker threads, and whether the build's own thread renders too. */
export interface RenderThreads {
  workers: number;
  buildThreadRenders: boolean;
}

/**
 * The threads that render `issues` issues: the build's own, helped by one worker per other core
 * when there are enough issues to pay for starting them; or the pool the variable forces.
 */
export function renderThreads(issues: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): RenderThreads {
  const forced = env[WORKERS_VARIABLE];
  if (forced !== undefined && forced !== "") {
    if (!/^\d+$/.test(forced)) {
      throw new Error(`${WORKERS_VARIABLE} is "${forced}": set it to a whole number of render worker threads, such as 4, or 0 to render in the build's own thread alone`);
    }
    return { workers: Number(forced), buildThreadRenders: forced === "0" };
  }
  return { workers: issues < MIN_ISSUES_FOR_WORKERS ? 0 : cores - 1, buildThreadRenders: true };
}
