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

/** Whether two related sections show the same: the same issues' files, titles and dates. */
function sameShown(a: Issue[] | undefined, b: Issue[] | undefined): boolean {
  if (!a || !b) return a === b;
  const same = (x: Issue, y: Issue) => x === y || (x.file === y.file && x.title === y.title && x.date.getTime() === y.date.getTime());
  return a.length === b.length && a.every((x, i) => same(x, b[i]!));
}

/**
 * The issue pages whose related issues (src/model/related.ts) an edit changed: an edited title
 * or date shows on the pages that list the issue, and edited tags or links can change the ranks
 * of any issue sharing them. Compared whole (~4,000 × 3 entries), never guessed.
 */
export function relatedChangedFiles(before: ReadonlyMap<Issue, Issue[]>, after: ReadonlyMap<Issue, Issue[]>, catalog: Catalog): string[] {
  // By file: an edited issue is a new object, every other the same one.
  const was = new Map([...before].map(([issue, list]) => [issue.file, list]));
  const now = new Map([...after].map(([issue, list]) => [issue.file, list]));
  const files = [...new Set([...was.keys(), ...now.keys()])];
  return files.filter((file) => !sameShown(was.get(file), now.get(file)) && catalog.issueAt(file)).map((file) => resolve(file)).sort();
}
