import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importedModules } from "../../src/cache/moduleGraph.ts";

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "weekly-graph-"));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe("importedModules", () => {
  it("follows static, side-effect, re-exported and lazy imports across folders, once each", async () => {
    const root = await tree({
      "src/a.ts": 'import { b } from "./b.ts";\nimport "./side.ts";\nexport { c } from "./lib/c.ts";\nconst d = () => import("./lib/d.ts");',
      "src/b.ts": 'import type { A } from "./a.ts";\nexport const b = 1;',
      "src/side.ts": "",
      "src/lib/c.ts": 'import {\n  x,\n} from "../b.ts";\nexport const c = 1;',
      "src/lib/d.ts": "export const d = 1;",
      "src/unused.ts": "export const u = 1;",
    });
    expect(importedModules(root, ["src/a.ts"]).map((module) => module.path)).toEqual([
      "src/a.ts", "src/b.ts", "src/lib/c.ts", "src/lib/d.ts", "src/side.ts",
    ]);
  });

  it("leaves out packages and paths that name no file, and gives each module's text", async () => {
    const root = await tree({ "src/a.ts": 'import matter from "gray-matter";\nimport { gone } from "./gone.ts";\nexport const a = 1;' });
    expect(importedModules(root, ["src/a.ts", "src/missing.ts"])).toEqual([{ path: "src/a.ts", text: expect.stringContaining("gray-matter") }]);
  });
});
