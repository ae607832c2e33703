import { availableParallelism } from "node:os";

/**
 * Set to force a pool of that many render worker threads, which then render every issue while
 * the build's own thread only hands them out (0: the build's own thread alone); tests and
 * benches do.
 */
export const WORKERS_VARIABLE = "WEEKLY_RENDER_WORKERS";

/**
 * From this many issues to render, one worker thread per core renders them while the build's
 * own thread hands out batches; fewer are rendered in the build's thread alone. Paired cold
 * builds, 8 December 2026, 2 cores, load ~1 (docs/performance.md, "Parallel rendering"):
 * two workers took 0.96x the wall time at 4,000 issues (peak 606 against 661 MiB), 1.03x at
 * 2,000 and 1.09x at 1,000, where starting them (~0.4 s of CPU each) outweighs what they share;
 * the build's thread rendering beside one worker saved nothing (1.01x).
 */
const MIN_ISSUES_FOR_WORKERS = 3000;

/** Which threads render: `workers` worker threads, and whether the build's own thread renders too. */
export interface RenderThreads {
  workers: number;
  buildThreadRenders: boolean;
}

/**
 * The threads that render `issues` issues: the build's own alone, or one worker per core when
 * there are enough issues to pay for starting them (a single core keeps the build's own); or the
 * pool the variable forces.
 */
export function renderThreads(issues: number, env: NodeJS.ProcessEnv = process.env, cores = availableParallelism()): RenderThreads {
  const forced = env[WORKERS_VARIABLE];
  if (forced !== undefined && forced !== "") {
    if (!/^\d+$/.test(forced)) {
      throw new Error(`${WORKERS_VARIABLE} is "${forced}": set it to a whole number of render worker threads, such as 4, or 0 to render in the build's own thread alone`);
    }
    return { workers: Number(forced), buildThreadRenders: forced === "0" };
  }
  return issues < MIN_ISSUES_FOR_WORKERS || cores < 2 ? { workers: 0, buildThreadRenders: true } : { workers: cores, buildThreadRenders: false };
}
