import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPageAndFeedRenderer, createRenderer } from "../../../src/content/markdown/createMarkdown.ts";
import { readFixtureCases } from "./fixtureCases.ts";

const DIR = join(import.meta.dirname, "fixtures");
const render = createRenderer();
const renderBoth = createPageAndFeedRenderer();

// Each fixture file is a readable spec: markdown in, HTML out, including what must not match.
for (const file of readdirSync(DIR).filter((name) => name.endsWith(".txt"))) {
  describe(file, () => {
    for (const spec of readFixtureCases(join(DIR, file))) {
      it(spec.title, () => expect(render(spec.markdown, spec.env).trimEnd()).toBe(spec.html.trimEnd()));
    }
  });
}

// The build renders a page and its feed from one parse: each must equal its own render.
describe("one parse for the page and the feed", () => {
  for (const file of readdirSync(DIR).filter((name) => name.endsWith(".txt"))) {
    for (const spec of readFixtureCases(join(DIR, file))) {
      it(`${file}: ${spec.title}`, () => {
        const both = renderBoth(spec.markdown, spec.env);
        expect(both.page).toBe(render(spec.markdown, { ...spec.env, target: "page" }));
        expect(both.feed).toBe(render(spec.markdown, { ...spec.env, target: "feed" }));
      });
    }
  }
});
