// Run by test/dev/rebuild.test.ts through tsx (Eleventy cannot load the TypeScript config inside
// a vitest worker): the dev server's whole build of a content folder, then one edit of `file` (a
// new title), and the files that edit's rebuild wrote, in the order written, as JSON.
import { readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { Rebuilder } from "../../src/dev/rebuild.ts";
import { noChanges } from "../../src/dev/changes.ts";

const [content, output, edited] = process.argv.slice(2) as [string, string, string];
const rebuilder = new Rebuilder({ content, output });
await rebuilder.run({ ...noChanges(), everything: true });
const file = join(content, edited);
await writeFile(file, (await readFile(file, "utf8")).replace(/^title: .*$/m, 'title: "改過的標題"'));
const report = await rebuilder.run({ ...noChanges(), issues: new Set([file]) });
console.log(JSON.stringify(report.written.map((path) => relative(output, path))));
