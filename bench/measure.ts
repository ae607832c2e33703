import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** GNU time reports the peak resident set of the largest process in the tree (tsx runs Node in a child). */
const GNU_TIME = "/usr/bin/time";

export function requireGnuTime(): void {
  if (!existsSync(GNU_TIME)) {
    throw new Error(`${GNU_TIME} is missing; the bench reads peak memory from it: apt-get install time`);
  }
}

export interface Run {
  seconds: number;
  peakMiB: number;
}

/** Runs `command` to completion under GNU time; a failure stops the bench with its output. */
export async function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const scratch = await mkdtemp(join(tmpdir(), "bench-time-"));
  const report = join(scratch, "rss");
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(GNU_TIME, ["-f", "%M", "-o", report, command, ...args], {
      cwd,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let text = "";
    const keep = (chunk: Buffer) => {
      // Eleventy logs a line per page; only the tail matters when a build fails.
      text = (text + chunk.toString()).slice(-8000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${text}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const kib = Number((await readFile(report, "utf8")).trim().split("\n").at(-1));
  await rm(scratch, { recursive: true, force: true });
  return { seconds, peakMiB: kib / 1024 };
}

/** Files under `dir` whose name ends with `.html`: the pages a reader can open. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith(".html")).length;
}

export interface Summary {
  median: number;
  min: number;
  max: number;
}

export function summarise(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number };
}
