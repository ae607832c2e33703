import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../content/frontMatter/block.ts";
import type { Lang } from "../core/site.ts";
import type { Numbered } from "./series.ts";

const issueFolder = (content: string, lang: Lang) => join(content, lang, "issues");
export const issueFile = (content: string, lang: Lang, name: string) => join(issueFolder(content, lang), `${name}.md`);

/** The front matter as written (YAML's core schema: dates stay the strings the author typed) and the body. */
export function readIssueFile(path: string): { data: Record<string, unknown>; body: string } {
  const { data, content } = parseFrontMatter(readFileSync(path, "utf8"));
  return { data, body: content };
}

/** A language's issues by file name, with their titles where the front matter can be read. */
export function listIssues(content: string, lang: Lang): Numbered[] {
  let names: string[];
  try {
    names = readdirSync(issueFolder(content, lang)).filter((name) => name.endsWith(".md") && !name.startsWith("."));
  } catch {
    return [];
  }
  return names.map((file) => {
    const name = file.slice(0, -3);
    try {
      const { title } = readIssueFile(issueFile(content, lang, name)).data;
      return typeof title === "string" ? { name, title } : { name };
    } catch {
      // A file the build would refuse still counts for its number; its title is not needed.
      return { name };
    }
  });
}
