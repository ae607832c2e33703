// Run by test/eleventy/builds.test.ts through tsx (Eleventy cannot load the TypeScript config in
// a vitest worker): three whole builds of one content folder in one process, a template under it
// edited after the first, and what each build wrote for that template, as JSON.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildAll } from "../../src/eleventy/builds.ts";

const [content, output] = process.argv.slice(2) as [string, string];
const probe = join(content, "probe.njk");
const write = (text: string) => writeFile(probe, `---\npermalink: /probe.txt\nlayout: false\n---\n${text}\n`);
const built = async (reuseTemplates: boolean) => {
  await buildAll({ content, output, reuseTemplates });
  return (await readFile(join(output, "probe.txt"), "utf8")).trim();
};

await write("first");
const first = await built(true);
await write("second");
const reused = await built(true);
const fresh = await built(false);
console.log(JSON.stringify({ first, reused, fresh }));
