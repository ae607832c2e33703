import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/npmScript.ts";

const run = promisify(execFile);
const DEPCRUISE = join(projectRoot, "node_modules/.bin/depcruise");
const RULES = join(projectRoot, ".dependency-cruiser.cjs");

/** The project's dependency rules over `paths` in `cwd`: exit code and what they reported. */
async function cruise(cwd: string, paths: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout } = await run(DEPCRUISE, ["--config", RULES, "--output-type", "err", ...paths], { cwd });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, output: failed.stdout };
  }
}

/** A scratch project holding `files`, with the project's tsconfig (the rules resolve through it). */
async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "weekly-layers-"));
  await copyFile(join(projectRoot, "tsconfig.json"), join(root, "tsconfig.json"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe("the layers of src/", () => {
  it("hold in the project: no upward import, no cycle, Eleventy only in src/eleventy/", async () => {
    const { code, output } = await cruise(projectRoot, ["src", "eleventy.config.ts"]);
    expect(output).not.toMatch(/error/);
    expect(code).toBe(0);
  });

  it("refuse an import from a lower layer to a higher one, naming the rule", async () => {
    const root = await project({
      "src/core/site.ts": 'import { frame } from "../views/frame.ts";\nexport const site = frame;\n',
      "src/views/frame.ts": "export const frame = 1;\n",
      "src/model/catalog.ts": 'import { frame } from "../views/frame.ts";\nexport const catalog = frame;\n',
    });
    const { code, output } = await cruise(root, ["src"]);
    expect(code).not.toBe(0);
    expect(output).toContain("core-imports-upward: src/core/site.ts → src/views/frame.ts");
    expect(output).toContain("model-imports-upward: src/model/catalog.ts → src/views/frame.ts");
  });

  it("allow imports from the same layer or a lower one", async () => {
    const root = await project({
      "src/core/site.ts": "export const site = 1;\n",
      "src/content/issue.ts": 'import { site } from "../core/site.ts";\nexport const issue = site;\n',
      "src/views/frame.ts": 'import { issue } from "../content/issue.ts";\nimport { site } from "../core/site.ts";\nexport const frame = issue + site;\n',
    });
    expect((await cruise(root, ["src"])).code).toBe(0);
  });

  it("refuse a cycle, even within one layer", async () => {
    const root = await project({
      "src/model/a.ts": 'import { b } from "./b.ts";\nexport const a = () => b;\n',
      "src/model/b.ts": 'import { a } from "./a.ts";\nexport const b = () => a;\n',
    });
    const { code, output } = await cruise(root, ["src"]);
    expect(code).not.toBe(0);
    expect(output).toContain("no-circular");
  });

  it("refuse a config file that does more than add the plugin", async () => {
    const root = await project({
      "src/eleventy/plugin.ts": "export const plugin = 1;\n",
      "src/views/frame.ts": "export const frame = 1;\n",
      "eleventy.config.ts": 'import { plugin } from "./src/eleventy/plugin.ts";\nimport { frame } from "./src/views/frame.ts";\nexport default [plugin, frame];\n',
    });
    const { output } = await cruise(root, ["src", "eleventy.config.ts"]);
    expect(output).toContain("config-only-registers: eleventy.config.ts → src/views/frame.ts");
  });
});
