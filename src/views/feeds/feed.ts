import type { Issue } from "../../content/issue.ts";
import { translate } from "../../core/translate.ts";
import { absoluteIn, hrefIn, type PageContext } from "../../model/buildModel.ts";
import { languages, site, type Lang } from "../../core/site.ts";
import { issueTags, tagIndexOf, type TagIndex } from "../../model/tags/tagIndex.ts";
import { assetPath, homePath, tagPath } from "../../core/paths.ts";
import { feedContent } from "../../content/feedBodies.ts";
import { emptyFeedDate } from "./dates.ts";
import { entryId, languageFeedId, tagFeedId } from "./ids.ts";
import { languageFeedPath, stylesheetPath, tagFeedPath, type FeedFormat } from "./paths.ts";

/** One feed file to write: the global data the feed template paginates over. */
export interface FeedRef {
  path: string;
  format: FeedFormat;
  lang: Lang;
  /** Set on a tag's feed: the tag's URL segment. */
  tag?: string;
}

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  published: Date;
  summary: string;
  /** The body rendered for feed readers: absolute URLs, no script, no iframe. */
  html: string;
  tags: string[];
}

/** What every format says, decided once; atom.ts, rss.ts and jsonFeed.ts only serialise it. */
export interface Feed {
  lang: Lang;
  id: string;
  title: string;
  description: string;
  /** Absolute URL of the feed itself and of the page it follows. */
  url: string;
  homeUrl: string;
  iconUrl: string;
  /** Root-relative href of the XSL stylesheet that makes the feed readable in a browser. */
  stylesheetHref: string;
  /** The newest entry's date: a rebuild never changes it. */
  updated: Date;
  author: { name: string; email?: string; url: string };
  entries: FeedEntry[];
}

/** Atom, RSS and JSON Feed per language; an Atom feed per tag and language. */
export function feedRefs(tags: TagIndex): FeedRef[] {
  const formats: FeedFormat[] = ["atom", "rss", "json"];
  return languages.flatMap((lang) => [
    ...formats.map((format) => ({ path: languageFeedPath(lang, format), format, lang })),
    ...tags.byLang[lang].map((tag) => ({ path: tagFeedPath(lang, tag.slug), format: "atom" as const, lang, tag: tag.slug })),
  ]);
}

// An issue sits in its language's feeds and in its tags' feeds: one entry per issue and build
// (a build's context is new, so a tag renamed elsewhere never leaves a stale entry).
const entries = new WeakMap<PageContext, Map<Issue, FeedEntry>>();

function entry(ctx: PageContext, issue: Issue): FeedEntry {
  let built = entries.get(ctx);
  if (!built) entries.set(ctx, (built = new Map()));
  let cached = built.get(issue);
  if (!cached) built.set(issue, (cached = buildEntry(ctx, issue)));
  return cached;
}

function buildEntry(ctx: PageContext, issue: Issue): FeedEntry {
  const url = absoluteIn(ctx, issue.path);
  return {
    id: entryId(issue.lang, issue.name),
    url,
    title: issue.title,
    published: issue.date,
    summary: issue.excerpt,
    html: feedContent(ctx, issue),
    tags: issueTags(issue).map((tag) => tag.label),
  };
}

function tagOf(ctx: PageContext, ref: FeedRef) {
  const tag = ref.tag === undefined ? undefined : tagIndexOf(ctx.catalog).get(ref.lang, ref.tag);
  if (ref.tag !== undefined && !tag) throw new Error(`${ref.path}: no tag "${ref.tag}" in ${ref.lang}`);
  return tag;
}

/** The issues a feed carries: its language's or its tag's newest. */
function feedIssues(ctx: PageContext, ref: FeedRef): Issue[] {
  const tag = tagOf(ctx, ref);
  return (tag ? tag.issues : ctx.catalog.byLang[ref.lang]).slice(0, site.feedSize);
}

/** Every issue some feed of this build carries, each once. */
export function issuesInFeeds(ctx: PageContext): Set<Issue> {
  return new Set(feedRefs(tagIndexOf(ctx.catalog)).flatMap((ref) => feedIssues(ctx, ref)));
}

export function buildFeed(ctx: PageContext, ref: FeedRef): Feed {
  const { lang } = ref;
  const siteTitle = site.title[lang];
  const tag = tagOf(ctx, ref);
  const issues = feedIssues(ctx, ref);
  const home = tag ? tagPath(lang, tag.slug) : homePath(lang);
  return {
    lang,
    id: tag ? tagFeedId(lang, tag.slug) : languageFeedId(lang),
    title: tag ? translate(lang, "feed.tagTitle", { site: siteTitle, tag: tag.label }) : translate(lang, "feed.title", { site: siteTitle }),
    description: tag ? translate(lang, "tag.heading", { tag: tag.label }) : site.description[lang],
    url: absoluteIn(ctx, ref.path),
    homeUrl: absoluteIn(ctx, home),
    iconUrl: absoluteIn(ctx, assetPath("favicon.svg")),
    stylesheetHref: hrefIn(ctx, stylesheetPath(lang)),
    updated: issues[0]?.date ?? emptyFeedDate(),
    author: { ...site.author, url: absoluteIn(ctx, homePath(lang)) },
    entries: issues.map((issue) => entry(ctx, issue)),
  };
}
