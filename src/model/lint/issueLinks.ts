import { issuePath } from "../../core/paths.ts";
import { languages, type Lang } from "../../core/site.ts";
import { finding, type Finding } from "../../content/lint/finding.ts";
import type { LintedIssue } from "../../content/lint/lintIssue.ts";
import { readable, sitePath } from "../../content/lint/urls.ts";

/** `/zh-tw/issues/<name>` with or without its slash: an issue's page. Deeper paths are its files. */
const ISSUE_PAGE = new RegExp(`^/(${languages.join("|")})/issues/([^/]+)/?$`);

const key = (lang: string, name: string) => `${lang}/${name}`;

/** The issue a site path is the page of, if it is one. */
function issueAt(path: string): { lang: Lang; name: string } | undefined {
  const match = ISSUE_PAGE.exec(path);
  return match ? { lang: match[1] as Lang, name: match[2]! } : undefined;
}

/**
 * An error for each link to an issue page that no issue file makes: root-relative
 * (`/zh-tw/issues/www-0x99/`), relative to the linking issue's page (`../www-0x99/`), or on the
 * site's own origin, `#fragment` and percent-encoding aside. Every listed file counts as an issue,
 * drafts, future issues and files with problems of their own included. Links to tag pages, homes
 * and archives are not checked: those pages come and go with the issues.
 */
export function brokenIssueLinks(linted: readonly LintedIssue[]): Finding[] {
  const existing = new Set(linted.map(({ source }) => key(source.lang, source.name)));
  const byLowerCase = new Map(linted.map(({ source }) => [key(source.lang, source.name).toLowerCase(), source.name]));
  return linted.flatMap(({ source, links }) =>
    links.flatMap(({ href, line }) => {
      const path = sitePath(href, issuePath(source.lang, source.name));
      const target = path === undefined ? undefined : issueAt(path);
      if (!target || existing.has(key(target.lang, target.name))) return [];
      // Issue names are case-sensitive in URLs: www-0x0a is not www-0x0A.
      const near = byLowerCase.get(key(target.lang, target.name).toLowerCase());
      const fix = near === undefined ? "correct the name, or remove the link" : `did you mean ${issuePath(target.lang, near)}?`;
      const message = `link to ${readable(href)} leads to no issue: ${target.lang} has no ${target.name}.md; ${fix}`;
      return [finding({ file: source.file, line, message }, "error")];
    }),
  );
}
