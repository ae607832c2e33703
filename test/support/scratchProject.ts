import { execFile } from "node:child_process";
import { cp, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { npmScriptCommand, projectRoot } from "./npmScript.ts";

const run = promisify(execFile);

/** What the project's own files are, copied: a command run in the copy can only harm the copy. */
const COPIED = ["package.json", "package-lock.json", "eleventy.config.ts", "tsconfig.json", "src", "layouts", "assets", "content"];

/** A copy of the project (node_modules linked, not copied) to run commands that must refuse to harm it. */
export async function scratchProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "weekly-project-"));
  for (const path of COPIED) await cp(join(projectRoot, path), join(root, path), { recursive: true });
  await symlink(join(projectRoot, "node_modules"), join(root, "node_modules"));
  return root;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `npm run <script> -- <args>` in `cwd`, as npm runs it minus npm; `preload` is a module Node
 * imports first (a fault to inject: test/support/faults/).
 */
export async function runScript(script: string, args: string[], cwd: string, options: { env?: Record<string, string>; preload?: string } = {}): Promise<CommandResult> {
  const { command, args: scriptArgs } = npmScriptCommand(script, args);
  const preload = options.preload ? ["--import", join(projectRoot, "test/support/faults", options.preload)] : [];
  try {
    const { stdout, stderr } = await run(command, [...preload, ...scriptArgs], { cwd, env: { ...process.env, ...options.env }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
