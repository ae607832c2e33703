import { tagFeedLink, type FeedLink } from "../feeds/links.ts";
import { translate } from "../../core/translate.ts";
import { issueCard, type IssueCard } from "./cards.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { buildFrame, type PageFrame } from "./frame.ts";
import { languages, type Lang } from "../../core/site.ts";
import { tagPath, tagsPath } from "../../core/paths.ts";
import type { TagIndex } from "../../model/tags/tagIndex.ts";

/** One tag page to write: the global data the tag template paginates over. */
export interface TagPageRef {
  lang: Lang;
  slug: string;
  path: string;
}

export function tagPageRefs(tags: TagIndex): TagPageRef[] {
  return languages.flatMap((lang) => tags.byLang[lang].map((tag) => ({ lang, slug: tag.slug, path: tagPath(lang, tag.slug) })));
}

export interface TagsView {
  path: string;
  frame: PageFrame;
  heading: string;
  /** Shown when the language has no tags yet. */
  empty: string;
  tags: { label: string; href: string; count: string }[];
}

/** A language's tags, the most used first, each with its number of issues. */
export function tagsView(model: BuildModel, lang: Lang): TagsView {
  const heading = translate(lang, "tags.heading");
  const versions = Object.fromEntries(languages.map((l) => [l, tagsPath(l)]));
  return {
    path: tagsPath(lang),
    frame: buildFrame(model, { lang, path: tagsPath(lang), title: heading, versions }),
    heading,
    empty: translate(lang, "tags.none"),
    tags: model.tags.byLang[lang].map((tag) => ({
      label: tag.label,
      href: hrefIn(model, tagPath(lang, tag.slug)),
      count: translate(lang, "tags.count", { count: tag.issues.length }),
    })),
  };
}

export interface TagView {
  path: string;
  frame: PageFrame;
  heading: string;
  count: string;
  feed: FeedLink;
  issues: IssueCard[];
}

/** A tag's issues in one language, newest first; its alternates are the languages that use it. */
export function tagView(model: BuildModel, ref: TagPageRef): TagView {
  const index = model.tags;
  const tag = index.get(ref.lang, ref.slug);
  if (!tag) throw new Error(`${ref.path}: no tag "${ref.slug}" in ${ref.lang}`);
  const versions: Partial<Record<Lang, string>> = {};
  for (const lang of languages) if (index.get(lang, tag.slug)) versions[lang] = tagPath(lang, tag.slug);
  const heading = translate(ref.lang, "tag.heading", { tag: tag.label });
  const feed = tagFeedLink(model, ref.lang, tag);
  return {
    path: ref.path,
    frame: buildFrame(model, { lang: ref.lang, path: ref.path, title: heading, versions, feeds: [feed] }),
    heading,
    count: translate(ref.lang, "archive.count", { count: tag.issues.length }),
    feed,
    issues: tag.issues.map((issue) => issueCard(model, issue, ref.lang)),
  };
}
