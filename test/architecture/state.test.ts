import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/npmScript.ts";

// The one module allowed to keep state from one build to the next (the dev server's).
const CACHE_MODULE = "src/core/processCache.ts";
const COLLECTIONS = /^(Map|Set|WeakMap|WeakSet|Array|Uint8Array|Int32Array|Float64Array)$/;

/**
 * Module-level declarations a build could change and a later build would see: `let` and `var`,
 * and collections created at module level unless typed read-only (`ReadonlySet`, `ReadonlyMap`).
 */
function moduleState(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    const mutable = (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== ts.NodeFlags.Const;
    for (const declaration of list.declarations) {
      const name = declaration.name.getText(source);
      const init = declaration.initializer;
      const typedReadonly = declaration.type?.getText(source).startsWith("Readonly") ?? false;
      const collection = init !== undefined && ts.isNewExpression(init) && COLLECTIONS.test(init.expression.getText(source));
      if (mutable || (collection && !typedReadonly)) {
        found.push(`${file}:${source.getLineAndCharacterOfPosition(declaration.getStart()).line + 1} ${name}`);
      }
    }
  }
  return found;
}

const sources = () =>
  readdirSync(join(projectRoot, "src"), { recursive: true, encoding: "utf8" })
    .filter((path) => /\.(ts|mjs)$/.test(path) && !path.endsWith(".d.ts"))
    .map((path) => `src/${path}`);

describe("a build's state", () => {
  it("is kept in no module of src/ but the one cache module", () => {
    const found = sources()
      .filter((file) => file !== CACHE_MODULE)
      .flatMap((file) => moduleState(file, readFileSync(join(projectRoot, file), "utf8")));
    expect(found).toEqual([]);
  });

  it("would be found as let, var or a module-level collection, but not in a read-only one or a function", () => {
    const text = [
      "let count = 0;",
      "var legacy = 1;",
      "const seen = new Map<string, number>();",
      "const kinds = new Uint8Array(16);",
      "const KEPT: ReadonlySet<string> = new Set(['a']);",
      "const LIMIT = 3;",
      "export function f() { const local = new Map(); let n = 0; return [local, n]; }",
    ].join("\n");
    expect(moduleState("x.ts", text)).toEqual(["x.ts:1 count", "x.ts:2 legacy", "x.ts:3 seen", "x.ts:4 kinds"]);
  });
});
