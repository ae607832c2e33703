import { existsSync } from "node:fs";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import { describe, expect, it } from "vitest";
import { grayMatterOptions } from "../../../src/content/frontMatter/yaml.ts";

/**
 * Builds one page template whose front matter is code that writes a file, with Eleventy's own
 * front-matter engines or with ours (what src/eleventy/plugin.ts sets), and says whether it ran.
 */
async function buildTemplate(frontMatter: (marker: string) => string, ours: boolean): Promise<{ ran: boolean; error?: string }> {
  const root = await mkdtemp(join(tmpdir(), "weekly-page-fm-"));
  const marker = join(root, "ran");
  await mkdir(join(root, "input"));
  await writeFile(join(root, "input/page.njk"), `${frontMatter(marker)}\n<p>{{ title }}</p>\n`);
  const eleventy = new Eleventy(join(root, "input"), join(root, "output"), {
    quietMode: true,
    config: (config) => {
      if (ours) config.setFrontMatterParsingOptions(grayMatterOptions);
    },
  });
  eleventy.disableLogger();
  let error: string | undefined;
  try {
    await eleventy.write();
  } catch (thrown) {
    let inner = thrown as { originalError?: unknown; message: string };
    while (inner.originalError instanceof Error) inner = inner.originalError as typeof inner;
    error = inner.message;
  }
  return { ran: existsSync(marker), error };
}

const cases = {
  // Eleventy runs this through node-retrieve-globals.
  js: (marker: string) => `---js\nprocess.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran");\nconst title = "x";\n---`,
  // An object literal goes to gray-matter's own engine, which evals it.
  "js object": (marker: string) => `---js\n{ title: (process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "x") }\n---`,
  javascript: (marker: string) => `---javascript\n{ title: (process.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"), "x") }\n---`,
};

describe("a page template's front matter in JavaScript", () => {
  it.each(Object.entries(cases))("runs as code under Eleventy's defaults (%s), so the refusal below means something", async (_name, frontMatter) => {
    expect((await buildTemplate(frontMatter, false)).ran).toBe(true);
  });

  it.each(Object.entries(cases))("is refused with our options, naming the template and line, and never runs (%s)", async (_name, frontMatter) => {
    const { ran, error } = await buildTemplate(frontMatter, true);
    expect(ran).toBe(false);
    expect(error).toMatch(/page\.njk:1: front matter in (js|javascript) is not accepted; write it as YAML between --- lines$/);
  });
});
