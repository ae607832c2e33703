import { createHook } from "node:async_hooks";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Lang } from "../../../src/core/site.ts";
import { renderIssues } from "../../../src/content/render/renderIssues.ts";
import type { RenderTask } from "../../../src/content/render/renderIssue.ts";
import { WORKERS_VARIABLE } from "../../../src/content/render/renderThreads.ts";
import { projectRoot } from "../../support/buildSite.ts";

const CONTENT = join(projectRoot, "test/fixtures/site/content");

/** A task per issue file of the fixture site, `extra` files after them. */
function fixtureTasks(extra: Record<string, string> = {}, pageUrl = "https://weekly.example/"): RenderTask[] {
  const files = (["zh-tw", "en"] as Lang[]).flatMap((lang) =>
    readdirSync(join(CONTENT, lang, "issues"))
      .filter((name) => name.endsWith(".md"))
      .map((name) => ({ lang, name, bytes: readFileSync(join(CONTENT, lang, "issues", name)) })),
  );
  const added = Object.entries(extra).map(([name, text]) => ({ lang: "zh-tw" as Lang, name, bytes: Buffer.from(text) }));
  return [...files, ...added].map(({ lang, name, bytes }) => ({
    source: { file: `content/${lang}/issues/${name}`, lang, name: name.replace(/\.md$/, ""), bytes },
    env: { lang, target: "page", pathPrefix: "/", pageUrl: `${pageUrl}${lang}/issues/${name}/` },
  }));
}

/** The worker threads alive while `run` runs and after it settles, by async_hooks' WORKER resources. */
async function watchingWorkers<T>(run: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; started: number; alive: number }> {
  const alive = new Set<number>();
  let started = 0;
  const hook = createHook({
    init: (id, type) => {
      if (type !== "WORKER") return;
      started++;
      alive.add(id);
    },
    destroy: (id) => alive.delete(id),
  }).enable();
  const [outcome] = await Promise.allSettled([run()]);
  // Node reports a worker's end (destroy) once its handle has closed, some turns of the event
  // loop after terminate() resolves: more than one on a busy machine. Turns, not a timed wait;
  // a worker left running never reports it, and the count below fails.
  for (let turn = 0; alive.size > 0 && turn < 10_000; turn++) await new Promise(setImmediate);
  hook.disable();
  return { outcome: outcome!, started, alive: alive.size };
}

const rendered = async (count: number, tasks: RenderTask[]) => {
  vi.stubEnv(WORKERS_VARIABLE, String(count));
  return watchingWorkers(() => renderIssues(tasks));
};

afterEach(() => vi.unstubAllEnvs());

describe("rendering issues across worker threads", () => {
  it("gives the results of the build's own thread, in the tasks' order, and ends its workers", async () => {
    const tasks = fixtureTasks({ "links.md": "---\ntitle: Links\ndate: 2020-02-01\n---\n\n[home](/zh-tw/)\n" });
    const own = await rendered(0, tasks);
    const pool = await rendered(3, tasks);
    expect(own.started).toBe(0);
    expect(pool.started).toBe(3);
    expect(pool.alive).toBe(0);
    expect(pool.outcome).toEqual(own.outcome);
    const results = own.outcome.status === "fulfilled" ? own.outcome.value : [];
    expect(results.map(({ result }) => result.issue?.file)).toEqual(tasks.map(({ source }) => source.file));
    expect(results.every(({ feed }) => typeof feed === "string")).toBe(true);
    expect(results.at(-1)?.result.issue?.html).toBe('<p><a href="/zh-tw/">home</a></p>\n');
    expect(results.at(-1)?.feed).toBe('<p><a href="https://weekly.example/zh-tw/">home</a></p>\n');
  });

  it("brings a bad issue's problems back with its file and line", async () => {
    const pool = await rendered(2, fixtureTasks({ "bad.md": "---\ntitle: Bad\ndate: 2020-02-01\n---\n\n{% qa %}\n" }));
    const results = pool.outcome.status === "fulfilled" ? pool.outcome.value : [];
    expect(results.at(-1)?.result.problems).toEqual([expect.objectContaining({ file: "content/zh-tw/issues/bad.md", line: 6 })]);
    expect(pool.alive).toBe(0);
  });

  it("fails with the error a worker met, message and stack, and ends every worker", async () => {
    const pool = await rendered(2, fixtureTasks({}, "not a URL/"));
    expect(pool.outcome.status).toBe("rejected");
    const error = (pool.outcome as PromiseRejectedResult).reason as Error;
    expect(error.message).toMatch(/Invalid URL/);
    expect(error.stack).toContain("linkTargets.ts");
    expect(pool.started).toBe(2);
    expect(pool.alive).toBe(0);
  });
});
