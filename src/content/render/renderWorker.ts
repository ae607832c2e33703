import { loadPageAndFeedRenderer } from "../markdown/lazyRenderer.ts";
import { renderIssue, type Rendered, type RenderTask } from "./renderIssue.ts";

/**
 * A batch of issues rendered in a worker thread (renderIssues.ts sends it through workerPool.ts),
 * by the same code as in the build's own thread. A file's bytes arrive as a Uint8Array, the
 * structured clone of a Buffer.
 */
export async function run(tasks: RenderTask[]): Promise<Rendered[]> {
  const render = await loadPageAndFeedRenderer();
  return tasks.map(({ source, env }) => {
    const bytes = Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
    return renderIssue({ source: { ...source, bytes }, env }, render);
  });
}
