// The entry of a worker thread of workerPool.ts, in JavaScript so that it can load TypeScript:
// it registers tsx's hooks, as src/build/start.mjs does, when the module it runs is TypeScript
// (a compiled copy of src/ runs .js and needs none). It answers each message, a batch of tasks,
// with the module's `run` of it, or with the error that stopped it.
import { parentPort, workerData } from "node:worker_threads";

if (workerData.module.endsWith(".ts")) (await import("tsx/esm/api")).register();
const { run } = await import(workerData.module);

parentPort.on("message", async (tasks) => {
  try {
    parentPort.postMessage({ results: await run(tasks) });
  } catch (error) {
    parentPort.postMessage({ error });
  }
});
