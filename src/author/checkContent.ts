import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { finding, type Finding } from "../content/lint/finding.ts";
import { lintIssue } from "../content/lint/lintIssue.ts";
import { listIssues } from "../content/listing.ts";
import { createMarkdown } from "../content/markdown/createMarkdown.ts";
import { brokenIssueLinks } from "../model/lint/issueLinks.ts";
import { tagUrlProblems } from "../model/lint/tagUrls.ts";
import { translationDrift } from "../model/lint/translations.ts";

const byPlace = (a: Finding, b: Finding) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/**
 * Everything `npm run check` finds in a content folder, by file and line: the listing's problems
 * (files the build refuses or leaves out), each file on its own, then what only the issues
 * together show. Reads files and writes nothing.
 */
export function checkContent(contentDir: string): Finding[] {
  const listing = listIssues(contentDir);
  const md = createMarkdown();
  // The build publishes assets/ from the project folder, whatever the content folder.
  const folders = { contentDir, assetsDir: resolve("assets") };
  const linted = listing.sources.map((source) => lintIssue({ ...source, bytes: readFileSync(source.file) }, md, folders));
  return [
    ...listing.problems.map((problem) => finding(problem, "error")),
    ...listing.unpublished.map((problem) => finding(problem, "warning")),
    ...linted.flatMap((issue) => issue.findings),
    ...tagUrlProblems(linted),
    ...brokenIssueLinks(linted),
    ...translationDrift(linted),
  ].sort(byPlace);
}
