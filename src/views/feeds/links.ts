import { translate } from "../../core/translate.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { site, type Lang } from "../../core/site.ts";
import { languageFeedPath, tagFeedPath, type FeedFormat } from "../../model/feedPlan.ts";
import { mediaTypes } from "./paths.ts";

/** `<link rel="alternate" type>` in `<head>`, and the visible subscribe links. */
export interface FeedLink {
  type: string;
  href: string;
  title: string;
}

const titleKeys = { atom: "feed.atom", rss: "feed.rss", json: "feed.json" } as const;

/** A language's three feeds, advertised on every page of that language. */
export function languageFeedLinks(model: BuildModel, lang: Lang): FeedLink[] {
  return (["atom", "rss", "json"] as FeedFormat[]).map((format) => ({
    type: mediaTypes[format],
    href: hrefIn(model, languageFeedPath(lang, format)),
    title: `${site.title[lang]} · ${translate(lang, titleKeys[format])}`,
  }));
}

/** A tag's own Atom feed, advertised on the tag's page. */
export function tagFeedLink(model: BuildModel, lang: Lang, tag: { slug: string; label: string }): FeedLink {
  return {
    type: mediaTypes.atom,
    href: hrefIn(model, tagFeedPath(lang, tag.slug)),
    title: translate(lang, "feed.tagTitle", { site: site.title[lang], tag: tag.label }),
  };
}
