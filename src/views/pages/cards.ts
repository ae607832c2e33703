import type { Issue } from "../../content/issue.ts";
import { isPreview } from "../../model/publishing.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import { feedLang, htmlLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import type { Lang } from "../../core/site.ts";
import { tagLinks, type TagLink } from "./tagLinks.ts";
import { hrefIn, type PageContext } from "../../model/buildModel.ts";

/** An issue as a listing on a `lang` page shows it. */
export interface IssueCard {
  href: string;
  title: string;
  date: string;
  datetime: string;
  summary: string;
  /** Links to the tag pages of the issue's language. */
  tags: TagLink[];
  /** Set by the dev server on drafts and future issues: the label that marks them. */
  preview?: string;
  /** Set when the issue is in the other language: its `lang` and a label such as "Chinese". */
  foreign?: { lang: string; hreflang: string; label: string; labelLang: string };
}

// Listings show an issue many times (home, archive, each of its tags' pages, the root):
// one card per issue and language per build (dates, tag links and labels computed once).
const builtCards = new WeakMap<PageContext, WeakMap<Issue, Partial<Record<Lang, IssueCard>>>>();

export function issueCard(ctx: PageContext, issue: Issue, lang: Lang): IssueCard {
  let cards = builtCards.get(ctx);
  if (!cards) builtCards.set(ctx, (cards = new WeakMap()));
  let byLang = cards.get(issue);
  if (!byLang) cards.set(issue, (byLang = {}));
  return (byLang[lang] ??= buildCard(ctx, issue, lang));
}

function buildCard(ctx: PageContext, issue: Issue, lang: Lang): IssueCard {
  const foreign = issue.lang !== lang;
  return {
    href: hrefIn(ctx, issue.path),
    title: issue.title,
    date: formatDate(issue.date, lang),
    datetime: machineDate(issue.date),
    summary: issue.excerpt,
    tags: tagLinks(ctx, issue),
    ...(isPreview(issue, ctx.now) && { preview: translate(lang, "issue.draftMark") }),
    ...(foreign && {
      foreign: {
        lang: htmlLang[issue.lang],
        hreflang: feedLang[issue.lang],
        label: translate(lang, "issue.otherLanguage"),
        labelLang: htmlLang[lang],
      },
    }),
  };
}
