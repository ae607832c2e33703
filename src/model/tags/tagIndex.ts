import type { Catalog } from "../catalog.ts";
import { ContentError } from "../../content/errors.ts";
import type { Problem } from "../../core/problems.ts";
import type { Issue } from "../../content/issue.ts";
import { processCache } from "../../core/processCache.ts";
import { languages, type Lang } from "../../core/site.ts";
import { quoteTag, tagKey, tagSlug } from "./identity.ts";

/** One tag in one language: its page lists `issues`, newest first. */
export interface Tag {
  key: string;
  slug: string;
  /** The spelling most issues use (ties: the first in code-point order). */
  label: string;
  issues: Issue[];
}

/** A tag as one issue spells it; an issue naming the same tag twice keeps the first spelling. */
export interface IssueTag {
  key: string;
  slug: string;
  label: string;
}

// A path segment longer than this would near the 255-byte file-name limit of common file systems.
const MAX_SLUG_BYTES = 200;

/**
 * An issue's tags, each once. Issues outlive a build in the dev server, so each is normalised
 * once per process: the 12,000 tags of 4,000 issues take 20–50 ms, and an edit makes two builds.
 */
export function issueTags(issue: Issue): IssueTag[] {
  const known = processCache("issue tags", () => new WeakMap<Issue, IssueTag[]>());
  let tags = known.get(issue);
  if (!tags) {
    const seen = new Map<string, IssueTag>();
    for (const label of issue.tags) {
      const key = tagKey(label);
      if (!seen.has(key)) seen.set(key, { key, slug: tagSlug(label), label });
    }
    known.set(issue, (tags = [...seen.values()]));
  }
  return tags;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function mostCommon(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || byCodePoint(a, b));
  return ranked[0]?.[0] ?? "";
}

/** Problems an author must fix: a tag with nothing visible, too long, or sharing a URL. */
function checkSlugs(tagsOf: Map<Issue, IssueTag[]>): Problem[] {
  const problems: Problem[] = [];
  const owners = new Map<string, { key: string; label: string; file: string }>();
  for (const [issue, tags] of tagsOf) {
    for (const tag of tags) {
      if (tag.slug === "") {
        problems.push({ file: issue.file, message: `tags contains ${quoteTag(tag.label)}, which has nothing visible to make a URL of; give the tag a letter or digit` });
        continue;
      }
      const bytes = Buffer.byteLength(tag.slug);
      if (bytes > MAX_SLUG_BYTES) {
        problems.push({ file: issue.file, message: `tags contains ${quoteTag(tag.label)}, whose URL would be ${bytes} bytes long (at most ${MAX_SLUG_BYTES}); shorten the tag` });
        continue;
      }
      const owner = owners.get(tag.slug);
      if (!owner) owners.set(tag.slug, { key: tag.key, label: tag.label, file: issue.file });
      else if (owner.key !== tag.key) {
        problems.push({
          file: issue.file,
          message:
            `tag ${quoteTag(tag.label)} and tag ${quoteTag(owner.label)} (in ${owner.file}) are different tags ` +
            `that would share the URL segment "${tag.slug}"; spell them the same way or rename one of them`,
        });
      }
    }
  }
  return problems;
}

/** Every tag of the published issues, per language, checked so that no two share a URL. */
export class TagIndex {
  readonly byLang: Record<Lang, Tag[]>;
  private readonly bySlug = new Map<string, Tag>();
  /** Each issue's tags, normalised once per build: every card, page and feed entry shows them. */
  private readonly tagsOf: Map<Issue, IssueTag[]>;

  constructor(catalog: Catalog) {
    this.tagsOf = new Map(catalog.issues.map((issue) => [issue, issueTags(issue)]));
    const problems = checkSlugs(this.tagsOf);
    if (problems.length > 0) throw new ContentError(problems);
    this.byLang = Object.fromEntries(languages.map((lang) => [lang, this.collect(catalog.byLang[lang])])) as Record<Lang, Tag[]>;
    for (const lang of languages) for (const tag of this.byLang[lang]) this.bySlug.set(`${lang}/${tag.slug}`, tag);
  }

  /** `issues` come newest first, so each tag's list does too. Sorted by count, then key. */
  private collect(issues: Issue[]): Tag[] {
    const groups = new Map<string, { slug: string; spellings: string[]; issues: Issue[] }>();
    for (const issue of issues) {
      for (const tag of this.of(issue)) {
        const group = groups.get(tag.key) ?? { slug: tag.slug, spellings: [], issues: [] };
        group.spellings.push(tag.label);
        group.issues.push(issue);
        groups.set(tag.key, group);
      }
    }
    return [...groups]
      .map(([key, group]) => ({ key, slug: group.slug, label: mostCommon(group.spellings), issues: group.issues }))
      .sort((a, b) => b.issues.length - a.issues.length || byCodePoint(a.key, b.key));
  }

  get(lang: Lang, slug: string): Tag | undefined {
    return this.bySlug.get(`${lang}/${slug}`);
  }

  /** An issue's tags as it spells them, each once. */
  of(issue: Issue): IssueTag[] {
    return this.tagsOf.get(issue) ?? issueTags(issue);
  }
}
