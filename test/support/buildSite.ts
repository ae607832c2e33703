import { execFile } from "node:child_process";
import { cp, mkdtemp, mkdir, readdir, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { npmScriptCommand, projectRoot } from "./npmScript.ts";

const run = promisify(execFile);
export { projectRoot };
const FIXTURE = join(projectRoot, "test/fixtures/site/content");

export interface BuildOptions {
  /** Files to add or replace, relative to content/, e.g. `zh-tw/issues/bad.md` (or an image's bytes). */
  files?: Record<string, string | Buffer>;
  /** Files of the fixture to drop, relative to content/. */
  remove?: string[];
  /** Start from an empty content folder instead of the bilingual fixture. */
  empty?: boolean;
  pathPrefix?: string;
  env?: Record<string, string>;
  /** Build into this folder (to test what a second build does to it). */
  output?: string;
  /** More flags for the build, such as `--offline`. */
  flags?: string[];
  /** Set every content file's modification time to this. */
  mtime?: Date;
}

export interface BuiltSite {
  root: string;
  output: string;
  ok: boolean;
  stdout: string;
  stderr: string;
  read(path: string): Promise<string>;
}

/** Copies the fixture site to a scratch folder, applies changes, and runs the real build CLI. */
export async function buildSite(options: BuildOptions = {}): Promise<BuiltSite> {
  const root = await mkdtemp(join(tmpdir(), "weekly-site-"));
  const content = join(root, "content");
  await mkdir(content, { recursive: true });
  if (!options.empty) await cp(FIXTURE, content, { recursive: true });
  for (const path of options.remove ?? []) await rm(join(content, path));
  for (const [path, text] of Object.entries(options.files ?? {})) {
    await mkdir(dirname(join(content, path)), { recursive: true });
    await writeFile(join(content, path), text);
  }
  if (options.mtime) {
    const entries = await readdir(content, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      await utimes(join(entry.parentPath, entry.name), options.mtime, options.mtime);
    }
  }
  return runBuild(root, { ...options, output: options.output ?? join(root, "_site") });
}

/** Builds `root/content` again, as a writer's next `npm run build` would (a cache from the last one included). */
export function rebuildSite(site: BuiltSite, options: Pick<BuildOptions, "pathPrefix" | "env" | "output" | "flags"> = {}): Promise<BuiltSite> {
  return runBuild(site.root, { ...options, output: options.output ?? site.output });
}

async function runBuild(root: string, options: Pick<BuildOptions, "pathPrefix" | "env" | "flags"> & { output: string }): Promise<BuiltSite> {
  const { output } = options;
  const args = [`--input=${join(root, "content")}`, `--output=${output}`];
  if (options.pathPrefix) args.push(`--pathprefix=${options.pathPrefix}`);
  args.push(...(options.flags ?? []));
  const build = npmScriptCommand("build", args);
  let ok = true;
  let stdout = "";
  let stderr = "";
  try {
    ({ stdout, stderr } = await run(build.command, build.args, {
      cwd: projectRoot,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    }));
  } catch (error) {
    const failed = error as { stdout: string; stderr: string };
    ok = false;
    ({ stdout, stderr } = failed);
  }
  return { root, output, ok, stdout, stderr, read: (path) => readFile(join(output, path), "utf8") };
}

/** A front-matter file for tests: `issue({ title: "x", date: "2020-02-01" }, "body")`. */
export function issue(frontMatter: Record<string, string>, body = "Body text.\n"): string {
  const lines = Object.entries(frontMatter).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}
