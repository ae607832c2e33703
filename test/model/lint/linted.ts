import type { Issue } from "../../../src/content/issue.ts";
import type { Link } from "../../../src/content/lint/links.ts";
import type { LintedIssue } from "../../../src/content/lint/lintIssue.ts";
import { makeIssue } from "../../support/issues.ts";

/** A checked file as lintIssue gives it: the issue read (unless `refused`), its links on line 9, date on 3, tags on 4. */
export function linted(fields: Parameters<typeof makeIssue>[0] & { hrefs?: string[]; refused?: boolean } = {}): LintedIssue {
  const { hrefs = [], refused = false, ...rest } = fields;
  const issue: Issue = makeIssue(rest);
  const links: Link[] = hrefs.map((href) => ({ href, text: "x", line: 9 }));
  return {
    source: { file: issue.file, lang: issue.lang, name: issue.name },
    findings: [],
    issue: refused ? undefined : issue,
    links,
    fieldLines: { date: 3, tags: 4 },
  };
}
