import { resolve } from "node:path";
import type { Catalog } from "../model/catalog.ts";
import type { Issue } from "../content/issue.ts";
import { languages } from "../core/site.ts";

/**
 * The issue pages an edit of `changed` files can alter, as absolute paths of files that still
 * exist: each changed issue, its previous and next neighbours and its translations, looked up
 * in the catalog before the edit and after it (a new date moves an issue between neighbours).
 */
export function affectedIssueFiles(before: Catalog | undefined, after: Catalog, changed: Iterable<string>): string[] {
  const files = new Set<string>();
  const add = (issue: Issue | undefined) => {
    if (issue && after.issueAt(issue.file)) files.add(resolve(issue.file));
  };
  for (const file of changed) {
    for (const catalog of before ? [before, after] : [after]) {
      const issue = catalog.issueAt(file);
      if (!issue) continue;
      add(after.issueAt(file));
      add(catalog.previous(issue));
      add(catalog.next(issue));
      for (const lang of languages) add(catalog.translation(issue, lang));
    }
  }
  return [...files].sort();
}
