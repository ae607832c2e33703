import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../content/frontMatter/block.ts";
import { listIssues } from "../content/listing.ts";
import type { Lang } from "../core/site.ts";
import type { Numbered } from "./series.ts";

export const issueFile = (content: string, lang: Lang, name: string) => join(content, lang, "issues", `${name}.md`);

/** The front matter as written (YAML's core schema: dates stay the strings the author typed) and the body. */
export function readIssueFile(path: string): { data: Record<string, unknown>; body: string } {
  const { data, content } = parseFrontMatter(readFileSync(path, "utf8"));
  return { data, body: content };
}

/** A language's issues as the build lists them, with their titles where the front matter can be read. */
export function numberedIssues(content: string, lang: Lang): Numbered[] {
  return listIssues(content).sources
    .filter((source) => source.lang === lang)
    .map(({ file, name }) => {
      try {
        const { title } = readIssueFile(file).data;
        return typeof title === "string" ? { name, title } : { name };
      } catch {
        // A file the build would refuse still counts for its number; its title is not needed.
        return { name };
      }
    });
}
