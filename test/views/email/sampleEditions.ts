import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listIssues } from "../../../src/content/listing.ts";
import { createRenderer } from "../../../src/content/markdown/createMarkdown.ts";
import { readIssue } from "../../../src/content/readIssue.ts";
import type { Issue } from "../../../src/content/issue.ts";
import { absoluteUrl } from "../../../src/core/paths.ts";
import { emailEdition, type EmailEdition, type MailService } from "../../../src/views/email/edition.ts";
import { publishedImage } from "../../../src/views/email/images.ts";
import { projectRoot } from "../../support/npmScript.ts";

export const ORIGIN = "https://weekly.example.org";

/** An issue file read as the email command reads it. */
function readSample(file: string, lang: Issue["lang"], name: string): Issue {
  const result = readIssue({ file, lang, name, bytes: readFileSync(file) }, (body, path) =>
    createRenderer()(body, { lang, target: "page", pathPrefix: "/", pageUrl: absoluteUrl(ORIGIN, "/", path) }),
  );
  if (!result.issue) throw new Error(JSON.stringify(result.problems));
  return result.issue;
}

/** Every issue of the sample content (content/), both languages. */
export const sampleIssues = (): Issue[] =>
  listIssues(join(projectRoot, "content")).sources.map(({ file, lang, name }) => readSample(file, lang, name));

/** Every link of an issue as the web shows it, absolute: what a reader of the email must get too. */
export function issueLinks(issue: Issue): string[] {
  const html = createRenderer()(issue.body, { lang: issue.lang, target: "feed", pathPrefix: "/", pageUrl: absoluteUrl(ORIGIN, "/", issue.path) });
  return [...new Set([...html.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, "&")))];
}

export const editionOf = (issue: Issue, service: MailService = "listmonk"): EmailEdition =>
  emailEdition(issue, { origin: ORIGIN, pathPrefix: "/" }, service, publishedImage);
