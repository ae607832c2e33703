import { spawn, type ChildProcess } from "node:child_process";
import { cp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import { PROJECT } from "./builds.ts";

interface EditResult {
  /** Seconds from saving the file to its page holding the new text on disk. */
  pageSeconds: number;
  /** Seconds from saving the file to the dev server reporting the rebuild done. */
  rebuildSeconds: number;
  /** Files that showed the old title and still do, or lack the new one, after the rebuild. */
  stale: string[];
  /** Files that showed the title (the page itself, listings, feeds, neighbours). */
  checked: number;
}

export interface DevServerResult {
  command: string;
  startupSeconds: number;
  edits: EditResult[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** `npm start` as package.json defines it, pointed at the bench corpus and a free port. */
async function startCommand(input: string, output: string, port: number, override?: string): Promise<string[]> {
  const scripts = JSON.parse(await readFile(join(PROJECT, "package.json"), "utf8")).scripts as Record<string, string>;
  const start = override ?? scripts.start ?? "";
  const words = start.split(/\s+/).filter(Boolean);
  if (words[0] !== "tsx") {
    throw new Error(`the bench expects "start" to be "tsx …" taking --input, --output and --port; it is "${start}"`);
  }
  const args = words.slice(1).filter((w) => !w.startsWith("--input=") && !w.startsWith("--output=") && !w.startsWith("--port="));
  return [join(PROJECT, "node_modules/.bin/tsx"), ...args, `--input=${input}`, `--output=${output}`, `--port=${port}`];
}

/** Resolves when the dev server's log shows `count` more "Wrote … files" lines than `since`. */
function buildWatcher(child: ChildProcess) {
  let builds = 0;
  let log = "";
  const waiters: { count: number; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20000);
    builds += chunk.toString().match(/Wrote \d+ files?/g)?.length ?? 0;
    for (const waiter of waiters.filter((w) => builds >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  return {
    get builds() {
      return builds;
    },
    get log() {
      return log;
    },
    async ready(timeoutMs: number): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (!/Server at/.test(log)) {
        if (performance.now() > deadline) throw new Error(`dev server: not serving after ${timeoutMs} ms:\n${log}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    until(count: number, timeoutMs: number): Promise<void> {
      if (builds >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`dev server: no rebuild within ${timeoutMs} ms:\n${log}`)), timeoutMs);
        waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
      });
    },
  };
}

/** Every output file a reader opens: pages, feeds. */
async function readerFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|json)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), await readFile(path, "utf8"));
  }
  return files;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`dev server: the edited page was not rewritten within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const titleLine = /^title: .*$/m;

/**
 * Edits one issue `edits` times under the dev server: a new title and a new sentence. Times
 * until its page is rewritten, then checks that every file that showed the old title (home,
 * archive, tag pages, feeds, the neighbours' previous/next links) shows the new one.
 */
export async function measureDevServer(
  productContent: string,
  root: string,
  /** Where the dev server writes the site. */
  output: string,
  target: { lang: string; name: string },
  edits: number,
  log: (line: string) => void,
  /** A start command to try instead of package.json's. */
  start?: string,
): Promise<DevServerResult> {
  const input = join(root, "dev/content");
  await rm(join(root, "dev"), { recursive: true, force: true });
  await rm(output, { recursive: true, force: true });
  await cp(productContent, input, { recursive: true });
  const [command, ...args] = await startCommand(input, output, await freePort(), start);
  const started = performance.now();
  const child = spawn(command as string, args, { cwd: PROJECT, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const watcher = buildWatcher(child);
  try {
    await watcher.until(1, 300_000);
    const startupSeconds = (performance.now() - started) / 1000;
    // The dev server watches after its first build; an edit before that goes unseen.
    await watcher.ready(60_000);
    await new Promise((r) => setTimeout(r, 1000));
    log(`  dev server up in ${startupSeconds.toFixed(1)} s`);
    const file = join(input, target.lang, "issues", `${target.name}.md`);
    const page = join(output, target.lang, "issues", target.name, "index.html");
    const results: EditResult[] = [];
    for (let i = 1; i <= edits; i++) {
      const text = await readFile(file, "utf8");
      const oldTitle = JSON.parse(titleLine.exec(text)?.[0].slice("title: ".length) ?? '""') as string;
      // Neither title contains the other, so a file cannot show both by accident.
      const newTitle = `Bench edit ${i} of ${target.name}`;
      const sentence = `Bench edit ${i} ${Date.now()}.`;
      const before = await readerFiles(output);
      const showing = [...before].filter(([, body]) => body.includes(oldTitle)).map(([path]) => path);
      const builds = watcher.builds;
      const saved = performance.now();
      await writeFile(file, `${text.replace(titleLine, `title: ${JSON.stringify(newTitle)}`)}\n${sentence}\n`);
      await waitFor(async () => (await readFile(page, "utf8").catch(() => "")).includes(sentence), 20_000).catch((error: Error) => {
        throw new Error(`${error.message}; the dev server said:\n${watcher.log.slice(-3000)}`);
      });
      const pageSeconds = (performance.now() - saved) / 1000;
      await watcher.until(builds + 1, 120_000);
      const rebuildSeconds = (performance.now() - saved) / 1000;
      const after = await readerFiles(output);
      const stale = showing.filter((path) => {
        const body = after.get(path) ?? "";
        return body.includes(oldTitle) || !body.includes(newTitle);
      });
      results.push({ pageSeconds, rebuildSeconds, stale, checked: showing.length });
      log(`  edit ${i}: page ${pageSeconds.toFixed(2)} s, rebuild done ${rebuildSeconds.toFixed(2)} s, ${stale.length}/${showing.length} files stale`);
      // Let the watcher settle before the next save, as an author would.
      await new Promise((r) => setTimeout(r, 500));
    }
    return { command: [command, ...args].join(" ").replaceAll(`${PROJECT}/`, ""), startupSeconds, edits: results };
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}
