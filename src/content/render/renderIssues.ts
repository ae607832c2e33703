import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPageAndFeedRenderer } from "../markdown/lazyRenderer.ts";
import { renderIssue, type Rendered, type RenderTask } from "./renderIssue.ts";
import { workerCount } from "./workerCount.ts";
import { runInWorkers } from "./workerPool.ts";

/** The worker's module in the language this one was loaded as: .ts through tsx, .js from a compiled copy. */
const WORKER_MODULE = new URL(`./renderWorker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

/**
 * Reads and renders the issues no cache had, in the tasks' order: across worker threads, one
 * per core, when there are enough of them (workerCount.ts), else in the build's own thread. The
 * output is the same either way.
 */
export async function renderIssues(tasks: RenderTask[]): Promise<Rendered[]> {
  const workers = workerCount(tasks.length);
  if (workers > 0) return runInWorkers<RenderTask, Rendered>(WORKER_MODULE, tasks, workers);
  const render = await loadPageAndFeedRenderer();
  return tasks.map((task) => renderIssue(task, render));
}
