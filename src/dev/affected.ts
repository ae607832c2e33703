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

/** What an issue's related section shows, per issue file: a change in it rewrites the page. */
function relatedShown(related: ReadonlyMap<Issue, Issue[]>): Map<string, string> {
  const shown = new Map<string, string>();
  for (const [issue, list] of related) {
    shown.set(resolve(issue.file), JSON.stringify(list.map((other) => [other.file, other.title, other.date.getTime()])));
  }
  return shown;
}

/**
 * The issue pages whose related issues (src/model/related.ts) an edit changed: an edited title
 * or date shows on the pages that list the issue, and edited tags or links can change the ranks
 * of any issue sharing them. Compared whole (~4,000 × 3 entries), never guessed.
 */
export function relatedChangedFiles(before: ReadonlyMap<Issue, Issue[]>, after: ReadonlyMap<Issue, Issue[]>, catalog: Catalog): string[] {
  const was = relatedShown(before);
  const now = relatedShown(after);
  const files = [...new Set([...was.keys(), ...now.keys()])];
  return files.filter((file) => was.get(file) !== now.get(file) && catalog.issueAt(file)).sort();
}
