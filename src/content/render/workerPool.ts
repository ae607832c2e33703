import { Worker } from "node:worker_threads";

/** The worker threads' entry: it loads the module, TypeScript or not, and runs its batches. */
const ENTRY = new URL("./worker.mjs", import.meta.url);

/**
 * Tasks per batch: few enough that a thread slowed by other load does not hold the last of the
 * work while the others wait, and that the build's own thread soon hands the workers their next
 * batch; enough that messages stay few.
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

export interface Pool<T, R> {
  /** The module whose `run` export a worker thread runs each batch through. */
  module: URL;
  /** Worker threads to start beside the build's own. */
  workers: number;
  /** The same work in the build's own thread, which then takes batches too while the workers start. */
  buildThread?: (tasks: T[]) => Promise<R[]>;
}

/**
 * The results of `tasks`, in their order whichever thread did which: `pool.workers` worker
 * threads, and the build's own thread if given `buildThread`, each take the next batch as they
 * finish one, so a worker that takes long to start (tsx, markdown-it, Prism) takes fewer. Every
 * worker is ended before this settles, whether the tasks succeed or one fails; the first failure
 * rejects, with its error as the worker threw it (message and stack).
 */
export async function runInPool<T, R>(tasks: T[], pool: Pool<T, R>): Promise<R[]> {
  const results = new Array<R>(tasks.length);
  const workers = Array.from({ length: pool.workers }, () => new Worker(ENTRY, { workerData: { module: pool.module.href } }));
  let next = 0;
  let failed = false;
  const work = async (run: (batch: T[]) => Promise<R[]>) => {
    while (next < tasks.length && !failed) {
      const start = next;
      next += BATCH;
      const done = await run(tasks.slice(start, start + BATCH));
      done.forEach((result, index) => (results[start + index] = result));
    }
  };
  const inBuildThread = async (run: (tasks: T[]) => Promise<R[]>, batch: T[]) => {
    const done = await run(batch);
    // A turn of the event loop between two batches: the workers' replies are read, and each is
    // handed its next batch, while this thread renders.
    await new Promise(setImmediate);
    return done;
  };
  const { buildThread } = pool;
  const runners = workers.map((worker) => work((batch) => ask<T, R>(worker, batch)));
  if (buildThread) runners.push(work((batch) => inBuildThread(buildThread, batch)));
  try {
    await Promise.all(
      runners.map((runner) =>
        runner.catch((error: unknown) => {
          failed = true;
          throw error;
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
