import { describe, expect, it } from "vitest";
import { meets, ratioTo, roundOrder } from "../../bench/ratios.ts";

const runs = (...seconds: number[]) => seconds.map((s) => ({ seconds: s, peakMiB: 100 }));

describe("a ratio to a baseline", () => {
  it("pairs each run with the baseline's run of the same round, and the fastest with the fastest", () => {
    const ratio = ratioTo(runs(2, 3, 8), runs(4, 2, 4));
    expect(ratio.paired).toEqual({ median: 1.5, min: 0.5, max: 2 });
    expect(ratio.fastest).toBe(1);
  });

  it("meets a limit only when both estimates do", () => {
    expect(meets(ratioTo(runs(2, 3, 8), runs(4, 2, 4)), 1.4)).toBe(false);
    expect(meets(ratioTo(runs(2, 3, 8), runs(4, 2, 4)), 1.5)).toBe(true);
    expect(meets(ratioTo(runs(1, 1, 1), runs(2, 2, 0.5)), 0.6)).toBe(false);
  });
});

describe("the rounds", () => {
  it("let each builder go first in turn", () => {
    const order = [0, 1, 2, 3].map((round) => roundOrder(["cold", "warm", "bare", "hugo"], round)[0]);
    expect(order).toEqual(["cold", "warm", "bare", "hugo"]);
    expect(roundOrder(["cold", "warm", "bare"], 4)).toEqual(["warm", "bare", "cold"]);
  });
});
