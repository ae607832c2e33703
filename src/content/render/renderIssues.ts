import { moduleBeside } from "../../core/modules.ts";
import { loadPageAndFeedRenderer } from "../markdown/lazyRenderer.ts";
import { renderIssue, type Rendered, type RenderTask } from "./renderIssue.ts";
import { renderThreads } from "./renderThreads.ts";
import { runInPool } from "./workerPool.ts";

/** The worker's module in the language this one was loaded as: .ts through tsx, .js from a compiled copy. */
const WORKER_MODULE = moduleBeside(import.meta.url, "./renderWorker");

async function renderHere(tasks: RenderTask[]): Promise<Rendered[]> {
  const render = await loadPageAndFeedRenderer();
  return tasks.map((task) => renderIssue(task, render));
}

/**
 * Reads and renders the issues no cache had, in the tasks' order: in the build's own thread,
 * helped by worker threads when there are enough issues (renderThreads.ts). The output is the
 * same either way.
 */
export async function renderIssues(tasks: RenderTask[]): Promise<Rendered[]> {
  const { workers, buildThreadRenders } = renderThreads(tasks.length);
  if (workers === 0) return renderHere(tasks);
  return runInPool(tasks, { module: WORKER_MODULE, workers, buildThread: buildThreadRenders ? renderHere : undefined });
}
