import { describe, expect, it } from "vitest";
import { runInPool } from "../../../src/content/render/workerPool.ts";

const SQUARE = new URL("./fixtures/square.mjs", import.meta.url);
const numbers = Array.from({ length: 500 }, (_, index) => index);

describe("the worker pool", () => {
  it("runs a JavaScript module without tsx and returns the results in the tasks' order, over many batches", async () => {
    expect(await runInPool(numbers, { module: SQUARE, workers: 3 })).toEqual(numbers.map((n) => n * n));
  });

  it("shares the batches with the build's own thread when given its work", async () => {
    const inBuildThread: number[] = [];
    const buildThread = async (tasks: number[]) => {
      inBuildThread.push(...tasks);
      return tasks.map((n) => n * n);
    };
    expect(await runInPool(numbers, { module: SQUARE, workers: 1, buildThread })).toEqual(numbers.map((n) => n * n));
    expect(inBuildThread.length).toBeGreaterThan(0);
  });

  it("rejects with the worker's error, its class and message intact", async () => {
    const failing = runInPool([...numbers, -3], { module: SQUARE, workers: 2 });
    await expect(failing).rejects.toThrow(RangeError);
    await expect(failing).rejects.toThrow("cannot square -3 here");
  });
});
