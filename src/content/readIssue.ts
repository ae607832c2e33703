import { frontMatterSchema } from "./frontMatter/schema.ts";
import type { Lang } from "../core/site.ts";
import { issuePath } from "../core/paths.ts";
import type { Problem } from "../core/problems.ts";
import { MarkdownSourceError } from "./errors.ts";
import { excerpt } from "./excerpt.ts";
import { parseFrontMatter, type ParsedFile } from "./frontMatter/block.ts";
import type { Issue } from "./issue.ts";
import { readingMinutes } from "./readingTime.ts";
import { hasVideoEmbed } from "./markdown/youtube.ts";

export interface IssueSource {
  file: string;
  lang: Lang;
  name: string;
  /** The file's bytes: the render cache keys by them; they are decoded once, when parsed. */
  bytes: Buffer;
}

export type ReadResult = { issue: Issue; problems?: undefined } | { issue?: undefined; problems: Problem[] };

/** Where `field:` is written in the front matter (line from 1, and its text), if it is. */
function locateField(text: string, field: string): { line?: number; source?: string } {
  const lines = text.split("\n");
  const end = lines.indexOf("---", 1);
  const index = lines.findIndex((line, i) => i > 0 && (end < 0 || i < end) && line.startsWith(`${field}:`));
  return index > 0 ? { line: index + 1, source: lines[index]?.trimEnd() } : {};
}

function bodyOffset(text: string, body: string): number {
  return text.slice(0, text.length - body.length).split("\n").length - 1;
}

/** Parses, checks and renders one issue file; every problem comes back with its line. */
export function readIssue(source: IssueSource, render: (body: string, issuePath: string) => string): ReadResult {
  const { file, lang, name, bytes } = source;
  const text = bytes.toString("utf8");
  let parsed: ParsedFile;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const line = mark ? mark.line + 2 : undefined;
    return { problems: [{ file, line, message: `front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}` }] };
  }
  const checked = frontMatterSchema.safeParse(parsed.data);
  if (!checked.success) {
    return {
      problems: checked.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? "front matter");
        return { file, ...locateField(text, field), message: `${field} ${issue.message}` };
      }),
    };
  }
  const path = issuePath(lang, name);
  let html: string;
  try {
    html = render(parsed.content, path);
  } catch (error) {
    if (!(error instanceof MarkdownSourceError)) throw error;
    const line = error.line + bodyOffset(text, parsed.content);
    return { problems: [{ file, line, message: error.message, source: text.split("\n")[line - 1]?.trimEnd() }] };
  }
  const data = checked.data;
  return {
    issue: {
      ...data,
      lang,
      name,
      file,
      path,
      body: parsed.content,
      html,
      excerpt: data.description ?? excerpt(html),
      readingMinutes: readingMinutes(html),
      hasVideo: hasVideoEmbed(html),
    },
  };
}
