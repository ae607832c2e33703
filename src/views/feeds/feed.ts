import type { Issue } from "../../content/issue.ts";
import { assetPath, homePath, tagPath } from "../../core/paths.ts";
import { site, type Lang } from "../../core/site.ts";
import { translate } from "../../core/translate.ts";
import { absoluteIn, hrefIn, type BuildModel } from "../../model/buildModel.ts";
import type { FeedRef } from "../../model/feedPlan.ts";
import { memoTable } from "../../model/memo.ts";
import { emptyFeedDate } from "./dates.ts";
import { entryId, languageFeedId, tagFeedId } from "./ids.ts";
import { stylesheetPath } from "./paths.ts";

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

const ENTRIES = memoTable<Issue, FeedEntry>("feed entries");

/** An issue's entry: the same in its language's feed and in each of its tags' feeds. */
function entry(model: BuildModel, issue: Issue): FeedEntry {
  return model.memo.once(ENTRIES, issue, () => {
    const html = model.feedBodies.get(issue);
    if (html === undefined) throw new Error(`${issue.file}: its feed body was not rendered for this build`);
    return {
      // An issue moved from another site keeps that feed's id, so its readers do not see it twice.
      id: issue.feedId ?? entryId(issue.lang, issue.name),
      url: absoluteIn(model, issue.path),
      title: issue.title,
      published: issue.date,
      summary: issue.excerpt,
      html,
      tags: model.tags.of(issue).map((tag) => tag.label),
    };
  });
}

export function buildFeed(model: BuildModel, ref: FeedRef): Feed {
  const { lang } = ref;
  const siteTitle = site.title[lang];
  const tag = ref.tag === undefined ? undefined : model.tags.get(lang, ref.tag);
  const issues = model.feeds.issuesOf(ref);
  const home = tag ? tagPath(lang, tag.slug) : homePath(lang);
  return {
    lang,
    id: tag ? tagFeedId(lang, tag.slug) : languageFeedId(lang),
    title: tag ? translate(lang, "feed.tagTitle", { site: siteTitle, tag: tag.label }) : translate(lang, "feed.title", { site: siteTitle }),
    description: tag ? translate(lang, "tag.heading", { tag: tag.label }) : site.description[lang],
    url: absoluteIn(model, ref.path),
    homeUrl: absoluteIn(model, home),
    iconUrl: absoluteIn(model, assetPath("favicon.svg")),
    stylesheetHref: hrefIn(model, stylesheetPath(lang)),
    updated: issues[0]?.date ?? emptyFeedDate(),
    author: { ...site.author, url: absoluteIn(model, homePath(lang)) },
    entries: issues.map((issue) => entry(model, issue)),
  };
}
