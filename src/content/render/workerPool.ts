import { Worker } from "node:worker_threads";

/** The worker threads' entry: it loads the module, TypeScript or not, and runs its batches. */
const ENTRY = new URL("./worker.mjs", import.meta.url);

/**
 * Tasks per message: few enough that a worker slowed by other load does not hold the last of
 * the work while the others wait, enough that messages stay few.
 */
const BATCH = 32;

type Reply<R> = { results: R[] } | { error: unknown };

/** One batch sent to a worker, and its results; an error in it, or the worker stopping, rejects. */
function ask<T, R>(worker: Worker, tasks: T[]): Promise<R[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: Reply<R>) => {
      stopListening();
      if ("results" in reply) resolve(reply.results);
      else reject(reply.error);
    };
    const onError = (error: Error) => {
      stopListening();
      reject(error);
    };
    const onExit = (code: number) => {
      stopListening();
      reject(new Error(`a render worker stopped with exit code ${code}`));
    };
    const stopListening = () => worker.off("message", onMessage).off("error", onError).off("exit", onExit);
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(tasks);
  });
}

/**
 * The results of the `run` export of `module` over `tasks`, in the tasks' order whichever
 * worker did which, from `size` worker threads that take a batch each time they finish one.
 * Every worker is ended before this settles, whether the tasks succeed or one fails; the first
 * failure rejects, its error as the worker threw it (message and stack).
 */
export async function runInWorkers<T, R>(module: URL, tasks: T[], size: number): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  const workers = Array.from({ length: size }, () => new Worker(ENTRY, { workerData: { module: module.href } }));
  let next = 0;
  let failed = false;
  const work = async (worker: Worker) => {
    while (next < tasks.length && !failed) {
      const start = next;
      next += BATCH;
      const done = await ask<T, R>(worker, tasks.slice(start, start + BATCH));
      done.forEach((result, index) => (results[start + index] = result));
    }
  };
  try {
    await Promise.all(workers.map((worker) => work(worker).catch((error: unknown) => {
      failed = true;
      throw error;
    })));
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
