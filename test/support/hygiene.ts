import { readFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * What must never be published: a path of the machine that built the site (it leaks the
 * build environment and breaks reproducible output), dotfiles, source maps, markdown sources.
 * Returns one readable line per problem.
 */
export async function hygieneProblems(output: string, files: string[], machinePaths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    if (file.split("/").some((segment) => segment.startsWith("."))) problems.push(`${file}: a dotfile is published`);
    if (file.endsWith(".map")) problems.push(`${file}: a source map is published`);
    if (/\.(md|markdown)$/i.test(file)) problems.push(`${file}: a markdown source is published`);
    // latin1 reads any byte as one character, so binary files are searched too.
    const text = await readFile(join(output, file), "latin1");
    if (text.includes("sourceMappingURL=")) problems.push(`${file}: points to a source map`);
    for (const path of machinePaths) {
      if (text.includes(Buffer.from(path).toString("latin1"))) problems.push(`${file}: contains the build machine's path ${path}`);
    }
  }
  return problems;
}
