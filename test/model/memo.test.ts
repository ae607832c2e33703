import { describe, expect, it } from "vitest";
import { BuildMemo, memoTable } from "../../src/model/memo.ts";

const counting = <V>(value: V) => {
  const calls = { count: 0 };
  return { calls, make: () => (calls.count++, value) };
};

describe("a build's memo", () => {
  it("computes a value once per table and key, and gives back the same value", () => {
    const memo = new BuildMemo();
    const table = memoTable<object, { html: string }>("cards");
    const key = {};
    const { calls, make } = counting({ html: "<p>card</p>" });
    const first = memo.once(table, key, make);
    expect(memo.once(table, key, make)).toBe(first);
    expect(calls.count).toBe(1);
  });

  it("remembers a value that is undefined", () => {
    const memo = new BuildMemo();
    const { calls, make } = counting(undefined);
    const table = memoTable<object, undefined>("nothing");
    const key = {};
    memo.once(table, key, make);
    expect(memo.once(table, key, make)).toBeUndefined();
    expect(calls.count).toBe(1);
  });

  it("keeps each key's value apart", () => {
    const memo = new BuildMemo();
    const table = memoTable<object, string>("titles");
    expect(memo.once(table, {}, () => "a")).toBe("a");
    expect(memo.once(table, {}, () => "b")).toBe("b");
  });

  it("keeps tables apart by identity, even two of one name", () => {
    const memo = new BuildMemo();
    const key = {};
    memo.once(memoTable<object, string>("entries"), key, () => "first");
    expect(memo.once(memoTable<object, string>("entries"), key, () => "second")).toBe("second");
  });

  it("shares nothing with another build's memo", () => {
    const table = memoTable<object, string>("entries");
    const key = {};
    new BuildMemo().once(table, key, () => "old build");
    expect(new BuildMemo().once(table, key, () => "new build")).toBe("new build");
  });
});
