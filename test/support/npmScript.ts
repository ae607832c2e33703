import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");

/**
 * A package.json script as a command to spawn without npm (npm adds about 0.4 s): tests and the
 * bench run the build exactly as `npm run build` does. `node` is this Node, a bare name a local binary.
 */
export function npmScriptCommand(name: string, extraArgs: string[] = []): { command: string; args: string[] } {
  const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts as Record<string, string>;
  const [program, ...args] = (scripts[name] ?? "").split(/\s+/).filter(Boolean);
  if (!program) throw new Error(`package.json has no "${name}" script`);
  const command = program === "node" ? process.execPath : join(projectRoot, "node_modules/.bin", program);
  return { command, args: [...args, ...extraArgs] };
}
