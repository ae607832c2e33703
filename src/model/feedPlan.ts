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

/** Which feeds a build writes and which issues each carries: the newest `site.feedSize`. */
export class FeedPlan {
  /** Atom, RSS and JSON Feed per language; an Atom feed per tag and language. */
  readonly refs: FeedRef[];

  constructor(
    private readonly catalog: Catalog,
    private readonly tags: TagIndex,
  ) {
    const formats: FeedFormat[] = ["atom", "rss", "json"];
    this.refs = languages.flatMap((lang) => [
      ...formats.map((format) => ({ path: languageFeedPath(lang, format), format, lang })),
      ...tags.byLang[lang].map((tag) => ({ path: tagFeedPath(lang, tag.slug), format: "atom" as const, lang, tag: tag.slug })),
    ]);
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
