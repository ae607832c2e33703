import { describe, expect, it } from "vitest";
import { processCache } from "../../src/core/processCache.ts";

describe("the process cache", () => {
  it("makes each named value once and hands out the same one after", () => {
    let made = 0;
    const make = () => {
      made++;
      return new Map<string, number>();
    };
    const first = processCache("test: counters", make);
    first.set("a", 1);
    expect(processCache("test: counters", make)).toBe(first);
    expect(made).toBe(1);
    expect(processCache("test: other", () => "other")).toBe("other");
  });
});
