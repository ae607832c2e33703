import { join, resolve } from "node:path";
import { UsageError } from "../build/commandLine.ts";
import { listIssues, type Listed } from "../content/listing.ts";
import type { Lang } from "../core/site.ts";

/**
 * The issue a command names: its file (`content/en/issues/www-0x04.md`) or its name in a
 * language (`www-0x04` with `lang`). It must be a file the build publishes from `content`.
 */
export function findIssue(command: string, content: string, given: string, lang: Lang): Listed {
  const sources = listIssues(content).sources;
  const isFile = given.endsWith(".md") || given.includes("/") || given.includes("\\");
  const found = isFile
    ? sources.find((source) => resolve(source.file) === resolve(given))
    : sources.find((source) => source.name === given && source.lang === lang);
  if (found) return found;
  const what = isFile ? `${given} is not an issue file of ${content}/` : `there is no ${join(content, lang, "issues", `${given}.md`)}`;
  throw new UsageError(`${command}: ${what}; give an issue's name, such as www-0x04 (with --lang=en for the English edition), or its file`);
}
