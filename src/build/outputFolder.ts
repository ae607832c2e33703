import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { UsageError } from "./commandLine.ts";

/** The project's folders of sources: a build never writes into them or replaces them. */
const SOURCE_FOLDERS = ["content", "layouts", "assets", "src", "test", "docs", "bench", "node_modules", ".git", ".cache"];
/** What marks a folder as holding sources, wherever it is: a project, a repository, a checkout. */
const SOURCE_MARKS = [".git", "package.json", "eleventy.config.ts", "content", "layouts", "src"];

const inside = (folder: string, path: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The file beside an output folder that says a build made it, so the next build may replace it:
 * `_site/` has `.\_site-built`. Beside it, not in it, so it is never published.
 */
const ownershipMark = (output: string) => join(dirname(resolve(output)), `.${basename(resolve(output))}-built`);

export function markOwned(output: string): void {
  writeFileSync(ownershipMark(output), `${basename(resolve(output))}/ was written by npm run build, which replaces it whole on the next build.\n`);
}

/**
 * Refuses an output folder a build must not replace, before anything is touched: the project, a
 * folder above it, a folder of sources or one inside one, a folder holding the content, or an
 * existing non-empty folder that no build made.
 */
export function checkOutputFolder(output: string, { project, input }: { project: string; input: string }): void {
  const target = resolve(output);
  const fromProject = relative(project, target);
  const shown = fromProject.startsWith("..") ? target : fromProject || ".";
  const refuse = (why: string) => new UsageError(`--output=${output}: ${why}; a build replaces its output folder whole. Choose a folder of its own, such as --output=_site`);
  if (inside(target, resolve(project))) throw refuse(shown === "." ? "is the project itself" : `${shown} holds the project`);
  if (inside(target, resolve(input)) || inside(resolve(input), target)) throw refuse(`${shown} holds the content (${relative(project, resolve(input)) || "."})`);
  const source = SOURCE_FOLDERS.find((folder) => inside(join(resolve(project), folder), target));
  if (source) throw refuse(`${shown} is in ${source}/, which holds sources`);
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw refuse(`${shown} is a file`);
  const entries = readdirSync(target);
  const mark = SOURCE_MARKS.find((name) => entries.includes(name));
  if (mark) throw refuse(`${shown} holds ${mark}, so it is not a built site`);
  if (entries.length > 0 && !existsSync(ownershipMark(target))) {
    throw refuse(`${shown} exists and no build made it (no ${basename(ownershipMark(target))} beside it); move it away or delete it if it is an old site`);
  }
}
