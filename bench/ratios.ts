import { summarise, type Run, type Summary } from "./measure.ts";

/** One contestant's time over another's, estimated twice. */
export interface Ratio {
  /** Each run over the other's run of the same round, then median, min and max. */
  paired: Summary;
  /** Fastest run over fastest run: other tenants' load only ever adds time. */
  fastest: number;
}

export function ratioTo(runs: Run[], baseline: Run[]): Ratio {
  const seconds = (list: Run[]) => list.map((run) => run.seconds);
  const paired = summarise(runs.map((run, round) => run.seconds / (baseline[round]?.seconds ?? NaN)));
  return { paired, fastest: Math.min(...seconds(runs)) / Math.min(...seconds(baseline)) };
}

/** A target holds only if both estimates meet it: a burst that slows one baseline run pulls the paired median down. */
export const meets = (ratio: Ratio, limit: number) => ratio.paired.median <= limit && ratio.fastest <= limit;

/** Rounds of builders, each going first in turn, so a busy moment on the machine falls on all alike. */
export function roundOrder<T>(builders: T[], round: number): T[] {
  const first = round % builders.length;
  return [...builders.slice(first), ...builders.slice(0, first)];
}
