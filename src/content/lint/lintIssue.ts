import type { MarkdownIt, Token } from "markdown-it";
import { site } from "../../core/site.ts";
import type { Issue } from "../issue.ts";
import { lineAt } from "../lines.ts";
import type { RenderEnv } from "../markdown/env.ts";
import { locateField, readIssue, type IssueSource } from "../readIssue.ts";
import { finding, type Finding, type Note } from "./finding.ts";
import { skippedHeadings } from "./headings.ts";
import { imagesWithoutAlt, missingImages, type ImageFolders } from "./images.ts";
import { emptyLinks, linksIn, repeatedLinks, type Link } from "./links.ts";
import { inlineTokens } from "./tokenLines.ts";

/** One issue file, checked on its own. */
export interface LintedIssue {
  source: Omit<IssueSource, "bytes">;
  findings: Finding[];
  /** The issue as the build reads it (without its HTML), when the build would accept the file. */
  issue?: Issue;
  links: Link[];
  /** The file line of the `date:` and `tags:` fields (1 when absent), for findings about their values. */
  fieldLines: { date: number; tags: number };
}

const asErrors = (notes: Note[], file: string) => notes.map((note) => finding({ file, ...note }, "error"));
const asWarnings = (notes: Note[], file: string) => notes.map((note) => finding({ file, ...note }, "warning"));

/**
 * Checks one issue file as the build reads it, without rendering: readIssue's front-matter
 * checks with their messages, then the body parsed by the one markdown-it of the build (its block
 * rules throw the markdown errors the build reports), then the checks of src/content/lint/ over
 * its tokens.
 */
export function lintIssue(source: IssueSource, md: MarkdownIt, folders: ImageFolders): LintedIssue {
  const { bytes, ...where } = source;
  const text = bytes.toString("utf8");
  // Set by the callback, which readIssue calls only when the front matter can be read.
  const body: { parsed?: { tokens: Token[]; offset: number; path: string } } = {};
  const read = readIssue(source, (markdown, path) => {
    const pageUrl = new URL(path, site.url).href;
    const env: RenderEnv = { lang: source.lang, target: "page", pathPrefix: "/", pageUrl, usedIds: new Set() };
    const offset = lineAt(text, text.length - markdown.length);
    body.parsed = { tokens: md.parse(markdown, env), offset, path };
    // Nothing is rendered: the HTML only feeds the excerpt and reading time, which no check reads.
    return "";
  });
  const file = source.file;
  const result: LintedIssue = {
    source: where,
    findings: (read.problems ?? []).map((problem) => finding(problem, "error")),
    issue: read.issue,
    links: [],
    fieldLines: { date: locateField(text, "date").line, tags: locateField(text, "tags").line },
  };
  const parsed = body.parsed;
  if (!parsed) return result;
  const inline = inlineTokens(parsed.tokens, parsed.offset);
  result.links = linksIn(inline);
  result.findings.push(
    ...asErrors(missingImages(inline, parsed.path, folders), file),
    ...asWarnings([...skippedHeadings(parsed.tokens, parsed.offset), ...imagesWithoutAlt(inline), ...emptyLinks(result.links), ...repeatedLinks(result.links)], file),
  );
  return result;
}
