import { machineDate } from "../../core/dates.ts";
import { site } from "../../core/site.ts";
import { finding, type Finding } from "../../content/lint/finding.ts";
import type { LintedIssue } from "../../content/lint/lintIssue.ts";
import { quoteTag, tagKey } from "../tags/identity.ts";

type Readable = LintedIssue & { issue: NonNullable<LintedIssue["issue"]> };

/** The original's tags the translation lacks, and the tags it adds; one tag however it is spelled. */
function tagDifference(original: readonly string[], translation: readonly string[]): string[] {
  const keys = (tags: readonly string[]) => new Set(tags.map(tagKey));
  const [ours, theirs] = [keys(original), keys(translation)];
  return [
    ...original.filter((tag) => !theirs.has(tagKey(tag))).map((tag) => `${quoteTag(tag)} is missing`),
    ...translation.filter((tag) => !ours.has(tagKey(tag))).map((tag) => `${quoteTag(tag)} is extra`),
  ];
}

/**
 * Warns of a translation whose date or tags differ from its original's (the same file name in
 * the main edition): the language switch, archives and tag pages pair them as one issue.
 * Tags are compared as tags (`Rust` is `rust`), in any order. Files the build refuses are left
 * to their own errors.
 */
export function translationDrift(linted: readonly LintedIssue[]): Finding[] {
  const readable = linted.filter((entry): entry is Readable => entry.issue !== undefined);
  const originals = new Map(readable.filter(({ issue }) => issue.lang === site.defaultLang).map((entry) => [entry.issue.name, entry]));
  return readable.flatMap(({ issue, fieldLines }) => {
    const original = issue.lang === site.defaultLang ? undefined : originals.get(issue.name)?.issue;
    if (!original) return [];
    const found: Finding[] = [];
    if (issue.date.getTime() !== original.date.getTime()) {
      const message = `date ${machineDate(issue.date)} differs from the original's ${machineDate(original.date)} (${original.file}); give the translation its original's date`;
      found.push(finding({ file: issue.file, line: fieldLines.date, message }, "warning"));
    }
    const difference = tagDifference(original.tags, issue.tags);
    if (difference.length > 0) {
      const message = `tags differ from the original's (${original.file}): ${difference.join(", ")}; give the translation its original's tags`;
      found.push(finding({ file: issue.file, line: fieldLines.tags, message }, "warning"));
    }
    return found;
  });
}
