import { frontMatterSchema } from "./frontMatter/schema.ts";
import type { Lang } from "../core/site.ts";
import { issuePath } from "../core/paths.ts";
import type { Problem } from "../core/problems.ts";
import { FrontMatterError, MarkdownSourceError } from "./errors.ts";
import { excerpt } from "./excerpt.ts";
import { linkHosts } from "./linkHosts.ts";
import { lineAt, splitLines } from "./lines.ts";
import { parseFrontMatter, type ParsedFile } from "./frontMatter/block.ts";
import { titleProblem } from "./frontMatter/title.ts";
import type { Issue } from "./issue.ts";
import { readingMinutes } from "./readingTime.ts";
import { hasVideoEmbed } from "./markdown/youtube.ts";
import { withoutToc } from "./markdown/toc.ts";
import { NO_IMAGES, type IssueImages } from "./images/types.ts";

export interface IssueSource {
  file: string;
  lang: Lang;
  name: string;
  /** The file's bytes: the render cache keys by them; they are decoded once, when parsed. */
  bytes: Buffer;
}

export type ReadResult = { issue: Issue; problems?: undefined } | { issue?: undefined; problems: Problem[] };

/** Line `line` (from 1) of the file as written, to show under the message. */
const lineOf = (text: string, line: number) => splitLines(text)[line - 1];

/**
 * The line `field:` is written on in the front matter, or its first line (where a missing field
 * belongs): every problem points somewhere in the file.
 */
export function locateField(text: string, field: string): { line: number; source?: string } {
  const lines = splitLines(text);
  for (let i = 1; i < lines.length && !lines[i]!.startsWith("---"); i++) {
    if (lines[i]!.startsWith(`${field}:`)) return { line: i + 1, source: lines[i]!.trimEnd() };
  }
  return { line: 1 };
}

/** Parses, checks and renders one issue file; every problem comes back with its line. */
/** `images`: the body's images, resolved beforehand (images/issueImages.ts); the issue carries them. */
export function readIssue(source: IssueSource, render: (body: string, issuePath: string) => string, images: IssueImages = NO_IMAGES): ReadResult {
  const { file, lang, name, bytes } = source;
  const text = bytes.toString("utf8");
  let parsed: ParsedFile;
  try {
    parsed = parseFrontMatter(text);
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    return { problems: [{ file, line: error.line, message: error.message, source: lineOf(text, error.line)?.trimEnd() }] };
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
  const data = checked.data;
  const problems: Problem[] = [];
  const badTitle = titleProblem(data.title, lang);
  if (badTitle) problems.push({ file, ...locateField(text, "title"), message: `title ${badTitle}` });
  const path = issuePath(lang, name);
  let html = "";
  try {
    html = render(parsed.content, path);
  } catch (error) {
    if (!(error instanceof MarkdownSourceError)) throw error;
    const line = error.line + lineAt(text, text.length - parsed.content.length);
    problems.push({ file, line, message: error.message, source: lineOf(text, line)?.trimEnd() });
  }
  if (problems.length > 0) return { problems };
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
      readingMinutes: readingMinutes(withoutToc(html)),
      hasVideo: hasVideoEmbed(html),
      linkHosts: linkHosts(html),
      images,
    },
  };
}
