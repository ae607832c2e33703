import { languages, site, type Lang } from "../core/site.ts";
import type { Issue } from "../content/issue.ts";
import { homePath, tagPath } from "../core/paths.ts";
import type { Catalog } from "./catalog.ts";
import type { TagIndex } from "./tags/tagIndex.ts";

export type FeedFormat = "atom" | "rss" | "json";

const fileNames: Record<FeedFormat, string> = { atom: "feed.xml", rss: "rss.xml", json: "feed.json" };

/** `/zh-tw/feed.xml`, `/zh-tw/rss.xml`, `/zh-tw/feed.json`. */
export const languageFeedPath = (lang: Lang, format: FeedFormat) => `${homePath(lang)}${fileNames[format]}`;

/** A tag's Atom feed sits beside its page: `/zh-tw/tags/rust/feed.xml`. */
export const tagFeedPath = (lang: Lang, slug: string) => `${tagPath(lang, slug)}${fileNames.atom}`;

/** One feed file to write. */
export interface FeedRef {
  path: string;
  format: FeedFormat;
  lang: Lang;
  /** Set on a tag's feed: the tag's URL segment. */
  tag?: string;
}

/** An old feed path written as a byte-for-byte copy of one language's feed. */
export interface FeedCopy {
  path: string;
  of: FeedRef;
}

/** `site.legacyFeeds`, checked: a path from the site root to a file, and a language and format that exist. */
function feedCopies(refs: FeedRef[], legacy: NonNullable<typeof site.legacyFeeds>): FeedCopy[] {
  return Object.entries(legacy).map(([path, { lang, format }]) => {
    const of = refs.find((ref) => ref.tag === undefined && ref.lang === lang && ref.format === format);
    if (!/^\/[^?#]*[^/]$/.test(path) || path.split("/").includes("..")) {
      throw new Error(`site.legacyFeeds: "${path}" is not the path of a file from the site root; write it as the old site published it, such as "/index.xml"`);
    }
    if (!of) throw new Error(`site.legacyFeeds["${path}"]: no ${format} feed in "${lang}"; write a language of site.ts and one of atom, rss, json`);
    if (refs.some((ref) => ref.path === path)) throw new Error(`site.legacyFeeds: "${path}" is already a feed of this site; remove it`);
    return { path, of };
  });
}

/** Which feeds a build writes and which issues each carries: the newest `site.feedSize`. */
export class FeedPlan {
  /** Atom, RSS and JSON Feed per language; an Atom feed per tag and language. */
  readonly refs: FeedRef[];
  /** The old feed paths subscribers keep (site.legacyFeeds). */
  readonly copies: FeedCopy[];

  constructor(
    private readonly catalog: Catalog,
    private readonly tags: TagIndex,
  ) {
    const formats: FeedFormat[] = ["atom", "rss", "json"];
    this.refs = languages.flatMap((lang) => [
      ...formats.map((format) => ({ path: languageFeedPath(lang, format), format, lang })),
      ...tags.byLang[lang].map((tag) => ({ path: tagFeedPath(lang, tag.slug), format: "atom" as const, lang, tag: tag.slug })),
    ]);
    this.copies = feedCopies(this.refs, site.legacyFeeds ?? {});
  }

  /** Every feed file the build writes, copies included. */
  files(): string[] {
    return [...this.refs, ...this.copies].map((feed) => feed.path);
  }

  /** The issues a feed carries: its language's or its tag's newest. */
  issuesOf(ref: FeedRef): Issue[] {
    const issues = ref.tag === undefined ? this.catalog.byLang[ref.lang] : this.tags.get(ref.lang, ref.tag)?.issues;
    if (!issues) throw new Error(`${ref.path}: no tag "${ref.tag}" in ${ref.lang}`);
    return issues.slice(0, site.feedSize);
  }

  /** Every issue some feed carries, each once: the issues whose feed bodies a build renders. */
  carried(): Set<Issue> {
    return new Set(this.refs.flatMap((ref) => this.issuesOf(ref)));
  }
}
