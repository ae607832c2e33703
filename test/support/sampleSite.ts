import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";
import { npmScriptCommand } from "./npmScript.ts";
import { projectRoot } from "./buildSite.ts";

const run = promisify(execFile);

export interface SampleSite {
  /** The scratch folder holding the output (and nothing else). */
  root: string;
  output: string;
  /** Every file of the output, relative with `/` separators, dotfiles included. */
  files: string[];
  /** The `.html` files among them. */
  pages: string[];
  read(file: string): Promise<string>;
}

/**
 * Builds the sample site the project ships (`content/`) with the real CLI into a scratch folder,
 * so the gates judge what authors will publish, not a fixture written for the tests.
 */
export async function buildSampleSite(options: { pathPrefix?: string } = {}): Promise<SampleSite> {
  const root = await mkdtemp(join(tmpdir(), "weekly-sample-"));
  const output = join(root, "_site");
  const args = ["--input=content", `--output=${output}`];
  if (options.pathPrefix) args.push(`--pathprefix=${options.pathPrefix}`);
  const build = npmScriptCommand("build", args);
  try {
    await run(build.command, build.args, { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`the sample site (content/) failed to build:\n${(error as { stderr?: string }).stderr ?? error}`);
  }
  const files = await listFiles(output);
  return {
    root,
    output,
    files,
    pages: files.filter((file) => file.endsWith(".html")),
    read: (file) => readFile(join(output, file), "utf8"),
  };
}

/** Every file under `dir`, relative, sorted, dotfiles and dot-folders included. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();
}

/** `zh-tw/issues/軟體/index.html` → `zh-tw/issues/%E8%BB%9F%E9%AB%94/`: the URL a host serves it at. */
export function pageUrl(file: string): string {
  const path = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
  return path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}
