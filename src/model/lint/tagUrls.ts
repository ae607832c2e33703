import { ContentError } from "../../content/errors.ts";
import { finding, type Finding } from "../../content/lint/finding.ts";
import type { LintedIssue } from "../../content/lint/lintIssue.ts";
import { Catalog } from "../catalog.ts";
import { TagIndex } from "../tags/tagIndex.ts";

/**
 * The tag errors the build reports (two tags sharing a URL, a tag with nothing to make a URL of),
 * found by the build's own TagIndex over every issue, drafts included, as `npm start` shows them.
 * Each is put on the file's `tags:` line, with the build's message.
 */
export function tagUrlProblems(linted: readonly LintedIssue[]): Finding[] {
  const issues = linted.flatMap(({ issue }) => (issue ? [issue] : []));
  try {
    // Made only for the problems its constructor throws.
    new TagIndex(new Catalog(issues));
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const tagsLine = new Map(linted.map(({ source, fieldLines }) => [source.file, fieldLines.tags]));
    return error.problems.map((problem) => finding({ ...problem, line: problem.line ?? tagsLine.get(problem.file) }, "error"));
  }
}
