import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { mkdtemp, readdir, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { seeded } from "../../bench/random.ts";
import { npmScriptCommand, projectRoot } from "../support/npmScript.ts";
import { hashTree, listFiles } from "../support/tree.ts";

// The same moments on every run; another seed tries others. A failure names its moment.
const random = seeded(23);
const ISSUES = 1000;

/** What a running build has visibly done so far, read from the file system at each call. */
class Progress {
  private scratch?: string;
  private readonly earlier: Set<string>;
  private readonly outputFolder: number;

  constructor(private readonly output: string) {
    this.earlier = new Set(scratchFolders(output));
    this.outputFolder = statSync(output).ino;
  }

  /** The scratch folder this build made, once it has. */
  scratchFolder(): string | undefined {
    this.scratch ??= scratchFolders(this.output).find((name) => !this.earlier.has(name));
    return this.scratch && join(dirname(this.output), this.scratch);
  }

  /** Whether the build has written these files of the site (true once its folder was renamed into place). */
  wrote(files: string[]): boolean {
    const scratch = this.scratchFolder();
    if (!scratch) return false;
    return files.every((file) => existsSync(join(scratch, file))) || !existsSync(scratch);
  }

  /** Whether the output folder is gone, as it is between the swap's two renames. */
  outputMissing(): boolean {
    return !existsSync(this.output);
  }

  /** Whether a new site has taken the old one's place (not while the output is missing). */
  swapped(): boolean {
    const now = statSync(this.output, { throwIfNoEntry: false });
    return now !== undefined && now.ino !== this.outputFolder;
  }
}

/** Folders beside the output named as builds name their scratch folders: `.<output>-build-*`. */
const scratchFolders = (output: string) => readdirSync(dirname(output)).filter((name) => name.startsWith(`.${basename(output)}-build-`));

/**
 * The files a build wrote, in the order it wrote them, in groups of equal modification time
 * (the kernel stamps files with a clock of a few milliseconds). Copied assets keep their
 * source's time and are left out.
 */
async function writingOrder(site: string, since: number): Promise<string[][]> {
  const stamped = await Promise.all((await listFiles(site)).map(async (file) => ({ file, time: (await stat(join(site, file))).mtimeMs })));
  const groups = new Map<number, string[]>();
  for (const { file, time } of stamped.filter(({ time }) => time >= since).sort((a, b) => a.time - b.time)) {
    groups.set(time, [...(groups.get(time) ?? []), file]);
  }
  return [...groups.values()];
}

interface Moment {
  name: string;
  /** Whether the build has reached this moment; `order` is writingOrder's of the first build. */
  reached(progress: Progress, order: string[][]): boolean;
  /** Poll without pausing, for a moment far shorter than a millisecond. */
  tight?: boolean;
}

/** When the files the first build wrote `share` of the way through its writing are written again. */
const writing = (share: number): Moment => ({
  name: `${Math.round(share * 100)} % of the way through writing its files`,
  reached: (progress, order) => progress.wrote(order[Math.floor(share * order.length)] ?? []),
});

// From the earliest moment to the latest a poll can see; each one is where `reached` first holds.
const MOMENTS: Moment[] = [
  { name: "at start-up, before it made a scratch folder", reached: () => true },
  { name: "as soon as its scratch folder exists", reached: (progress) => progress.scratchFolder() !== undefined },
  // One moment in each half of the writing.
  ...[0, 1].map((half) => writing((half + random.next()) / 2)),
  { name: "once its last files were written, before the swap", reached: (progress, order) => progress.wrote(order.at(-1) ?? []) },
  { name: "right after the new site took the old one's place", reached: (progress) => progress.swapped() },
];

const BETWEEN_RENAMES: Moment = { name: "between the swap's two renames", reached: (progress) => progress.outputMissing(), tight: true };

describe(`a build of ${ISSUES} issues killed with SIGKILL`, () => {
  let content: string;
  let output: string;
  let good: Record<string, string>;
  let order: string[][];

  const build = () => npmScriptCommand("build", [`--input=${content}`, `--output=${output}`]);

  /** Runs a build to its end; its exit code and what it printed. */
  function buildToEnd(): Promise<{ code: number | null; printed: string }> {
    const { command, args } = build();
    const child = spawn(command, args, { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    let printed = "";
    child.stdout.on("data", (chunk) => (printed += chunk));
    child.stderr.on("data", (chunk) => (printed += chunk));
    return new Promise((resolve, reject) => child.once("error", reject).once("close", (code) => resolve({ code, printed })));
  }

  /** Starts a build and kills its whole process group when `moment` is reached; how it ended. */
  async function killAt(moment: Moment): Promise<NodeJS.Signals | null> {
    const progress = new Progress(output);
    const { command, args } = build();
    // Its own process group, so the kill reaches every process the build started.
    const child = spawn(command, args, { cwd: projectRoot, detached: true, stdio: "ignore" });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    let running = true;
    void ended.then(() => (running = false));
    while (running) {
      if (moment.reached(progress, order)) {
        process.kill(-(child.pid as number), "SIGKILL");
        break;
      }
      await (moment.tight ? new Promise(setImmediate) : sleep(1));
    }
    return ended;
  }

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-kill-"));
    content = (await writeCorpus(join(root, "corpus"), ISSUES)).product;
    output = join(root, "_site");
    const started = Date.now();
    const first = await buildToEnd();
    expect(first.code, first.printed).toBe(0);
    good = await hashTree(output);
    order = await writingOrder(output, started);
  });

  /** The next build succeeds, publishes the whole site and leaves nothing of the killed build. */
  async function expectNextBuildWhole(): Promise<void> {
    const next = await buildToEnd();
    expect(next.code, next.printed).toBe(0);
    expect(await hashTree(output)).toEqual(good);
    expect(scratchFolders(output)).toEqual([]);
    // The memos, each language's share card and search index: no scratch file of a killed build.
    const cache = join(dirname(content), ".cache/weekly");
    const kept = await readdir(cache);
    expect(kept.filter((name) => !/^share-(en|zh-tw)-[\w-]{16}\.png$/.test(name))).toEqual(["feeds.memo", "issues.memo", "search"]);
    expect(kept).toHaveLength(5);
    // One index a language, under its digest, and the search page's script.
    const search = (await readdir(join(cache, "search"))).sort();
    expect(search).toHaveLength(3);
    expect(search).toEqual([expect.stringMatching(/^en-[\w-]+\.json$/), "script.json", expect.stringMatching(/^zh-tw-[\w-]+\.json$/)]);
  }

  it.each(MOMENTS)("$name: the site stays the last good one, and the next build completes and tidies up", async (moment) => {
    expect(await killAt(moment), "the build was killed, not finished").toBe("SIGKILL");
    expect(await hashTree(output)).toEqual(good);
    await expectNextBuildWhole();
  });

  // Two renames cannot swap folders atomically: killed between them, a build leaves no output
  // folder, only the last good site set aside beside it, and the next build puts it back. (A
  // build that ends without the poll seeing the gap has nothing to check here but the rest.)
  it(`${BETWEEN_RENAMES.name}: the last good site is kept whole beside the output, and the next build puts it back`, async () => {
    await killAt(BETWEEN_RENAMES);
    if (existsSync(output)) {
      expect(await hashTree(output)).toEqual(good);
    } else {
      const beside = scratchFolders(output).map((name) => join(dirname(output), name));
      expect(await Promise.all(beside.map((folder) => hashTree(folder)))).toContainEqual(good);
    }
    await expectNextBuildWhole();
  });
});
