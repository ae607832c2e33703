import EleventyDevServer from "@11ty/eleventy-dev-server";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseFlags, UsageError, type FlagSpec } from "../build/commandLine.ts";
import { describeFailure } from "../build/failure.ts";
import { checkOutputFolder } from "../build/outputFolder.ts";
import { contentChange, noChanges, siteChange, type Changes } from "./changes.ts";
import { Rebuilder, type RebuildReport } from "./rebuild.ts";
import { watchFolders } from "./watch.ts";

const COMMAND = "npm start";
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
  output: { type: "string", default: ".dev-site", meaning: "the dev server's own folder of pages" },
  port: { type: "string", default: "8080", meaning: "the port to serve on" },
} satisfies FlagSpec;

/** The flags, checked before anything is built or served; a mistake is a UsageError (exit 2). */
function checkedFlags(): { input: string; output: string; port: number } {
  const flags = parseFlags(COMMAND, FLAGS, process.argv.slice(2));
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new UsageError(`${COMMAND}: --port=${String(flags.port)} is not a port; give a number from 1 to 65535, such as --port=8080`);
  }
  const output = String(flags.output);
  // Never a folder of sources or the project: the dev server deletes what its builds do not write.
  if (!existsSync(output)) checkOutputFolder(output, { project: process.cwd(), input: String(flags.input) });
  return { input: String(flags.input), output, port };
}

/** The line the dev server prints after a rebuild. */
function describe(report: RebuildReport, seconds: number): string {
  const what = report.whole ? "every page" : `${report.issues} issue page(s), the edited one(s) in ${report.editedSeconds?.toFixed(2)} s, then the listings`;
  const removed = report.removed.length > 0 ? `, removed ${report.removed.length}` : "";
  // "Wrote N files" as Eleventy says it: the bench and the tests wait for that line.
  return `Wrote ${report.written.length} files in ${seconds.toFixed(2)} s (${what}${removed})`;
}

/**
 * `npm start [-- --input=content --output=.dev-site --port=8080]`: builds every page once,
 * serves them with live reload, and on an issue edit rebuilds only the pages it changes.
 * Runs under `tsx watch`, which restarts it when its own code (src/) changes.
 */
async function main(): Promise<void> {
  let values: { input: string; output: string; port: number };
  try {
    values = checkedFlags();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  const content = resolve(values.input);
  const output = resolve(values.output);
  const log = (line: string) => console.log(`[dev] ${line}`);

  // The folder is the dev server's own (drafts are in it, and what no build writes is deleted),
  // never one it did not make, such as the published _site/.
  const MARK = join(output, ".weekly-dev-site");
  if (existsSync(output) && readdirSync(output).length > 0 && !existsSync(MARK)) {
    console.error(`${values.output}/ is not a dev-server folder (no ${relative(output, MARK)}); pass --output=<a new folder>`);
    process.exit(2);
  }
  mkdirSync(output, { recursive: true });
  writeFileSync(MARK, "Written by npm start, which deletes here whatever its builds do not write.\n");

  // The pages of the last run are served until the first build replaces them (after a restart).
  const rebuilder = new Rebuilder({ content, output }, [MARK]);
  const server = EleventyDevServer.getServer("weekly", output, {
    domDiff: false,
    logger: { info: log, log, error: (line: string) => console.error(`[dev] ${line}`) },
  });

  let pending: Changes = { ...noChanges(), everything: true };
  let running = false;

  async function rebuild(): Promise<void> {
    if (running) return;
    running = true;
    while (pending.everything || pending.issues.size > 0) {
      const changes = pending;
      pending = noChanges();
      const started = performance.now();
      try {
        const report = await rebuilder.run(changes);
        log(describe(report, (performance.now() - started) / 1000));
        const files = [...report.written, ...report.removed];
        if (files.length > 0) server.reload({ files });
      } catch (error) {
        // Keep what failed to build for the next save, which is usually the fix.
        for (const file of changes.issues) pending.issues.add(file);
        pending.everything ||= changes.everything;
        console.error(`\n[dev] Build failed; the pages served are from the last good build.\n${describeFailure(error, { verbose: false }).lines.join("\n")}\n`);
        break;
      }
    }
    running = false;
  }
  server.serve(values.port);
  // Watch before the first build: a save made while it runs is queued in `pending`, and the
  // build loop picks it up, instead of being lost to a watcher that did not exist yet.
  watchFolders(
    [
      { dir: content, onChange: (path, folder) => contentChange(pending, content, path, folder) },
      { dir: resolve("layouts"), onChange: (path) => siteChange(pending, path) },
      { dir: resolve("assets"), onChange: (path) => siteChange(pending, path) },
    ],
    30,
    () => void rebuild(),
  );
  await rebuild();
}

await main();
