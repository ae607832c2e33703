import type { Issue } from "../content/issue.ts";
import { yearOf } from "../core/dates.ts";
import { displayPath } from "../core/paths.ts";
import { languages, type Lang } from "../core/site.ts";

export interface YearGroup<T> {
  year: number;
  entries: T[];
}

/** An archive line: the issue in the archive's language, or, untranslated, in the other one. */
export interface ArchiveEntry {
  issue: Issue;
  /** True when the issue has no version in the archive's language and is shown in the other. */
  foreign: boolean;
}

const newestFirst = (a: Issue, b: Issue) =>
  b.date.getTime() - a.date.getTime() || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0);

function groupByYear<T>(items: T[], dateOf: (item: T) => Date): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  for (const item of items) {
    const year = yearOf(dateOf(item));
    const last = groups.at(-1);
    if (last?.year === year) last.entries.push(item);
    else groups.push({ year, entries: [item] });
  }
  return groups;
}

/**
 * Everything listings need, computed once per build: per-language lists, neighbours,
 * translations and archives. Pages look things up here instead of scanning all issues.
 */
export class Catalog {
  readonly byLang: Record<Lang, Issue[]>;
  private readonly byFile = new Map<string, Issue>();
  private readonly byLangName = new Map<string, Issue>();
  private readonly position = new Map<Issue, number>();

  constructor(readonly issues: Issue[]) {
    this.byLang = Object.fromEntries(
      languages.map((lang) => [lang, issues.filter((issue) => issue.lang === lang).sort(newestFirst)]),
    ) as Record<Lang, Issue[]>;
    for (const list of Object.values(this.byLang)) list.forEach((issue, i) => this.position.set(issue, i));
    for (const issue of issues) {
      // As the loader names it: resolving 4,000 paths was a third of making the catalog.
      this.byFile.set(issue.file, issue);
      this.byLangName.set(`${issue.lang}/${issue.name}`, issue);
    }
  }

  /** The issue of a file, named as the loader names it (`displayPath`) or any other way. */
  issueAt(file: string): Issue | undefined {
    return this.byFile.get(file) ?? this.byFile.get(displayPath(file));
  }

  translation(issue: Issue, lang: Lang): Issue | undefined {
    return this.byLangName.get(`${lang}/${issue.name}`);
  }

  /** The older issue in the same language. */
  previous(issue: Issue): Issue | undefined {
    return this.byLang[issue.lang][(this.position.get(issue) ?? -2) + 1];
  }

  /** The newer issue in the same language. */
  next(issue: Issue): Issue | undefined {
    const index = this.position.get(issue) ?? 0;
    return index > 0 ? this.byLang[issue.lang][index - 1] : undefined;
  }

  /** Every issue once, in `lang` where translated, newest first, grouped by year. */
  archive(lang: Lang): YearGroup<ArchiveEntry>[] {
    const entries = new Map<string, ArchiveEntry>();
    for (const issue of this.issues) {
      const own = issue.lang === lang;
      if (own || !entries.has(issue.name)) entries.set(issue.name, { issue, foreign: !own });
    }
    const sorted = [...entries.values()].sort((a, b) => newestFirst(a.issue, b.issue));
    return groupByYear(sorted, (entry) => entry.issue.date);
  }
}
