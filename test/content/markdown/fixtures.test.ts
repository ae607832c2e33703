import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRenderer } from "../../../src/content/markdown/createMarkdown.ts";
import { readFixtureCases } from "./fixtureCases.ts";

const DIR = join(import.meta.dirname, "fixtures");
const render = createRenderer();

// Each fixture file is a readable spec: markdown in, HTML out, including what must not match.
for (const file of readdirSync(DIR).filter((name) => name.endsWith(".txt"))) {
  describe(file, () => {
    for (const spec of readFixtureCases(join(DIR, file))) {
      it(spec.title, () => expect(render(spec.markdown, spec.env).trimEnd()).toBe(spec.html.trimEnd()));
    }
  });
}
