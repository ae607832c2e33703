import type { Issue } from "../../content/issue.ts";
import { isPreview } from "../../model/publishing.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import { feedLang, htmlLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import type { Lang } from "../../core/site.ts";
import { tagLinks, type TagLink } from "./tagLinks.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { memoTable } from "../../model/memo.ts";

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

const CARDS = memoTable<Issue, Partial<Record<Lang, IssueCard>>>("cards");

/**
 * Listings show an issue many times (home, archive, each of its tags' pages, the root): one
 * card per issue and language per build, and the same object each time, so its markup is
 * rendered once too (src/eleventy/filters.ts).
 */
export function issueCard(model: BuildModel, issue: Issue, lang: Lang): IssueCard {
  const byLang = model.memo.once(CARDS, issue, (): Partial<Record<Lang, IssueCard>> => ({}));
  return (byLang[lang] ??= buildCard(model, issue, lang));
}

function buildCard(model: BuildModel, issue: Issue, lang: Lang): IssueCard {
  const foreign = issue.lang !== lang;
  return {
    href: hrefIn(model, issue.path),
    title: issue.title,
    date: formatDate(issue.date, lang),
    datetime: machineDate(issue.date),
    summary: issue.excerpt,
    tags: tagLinks(model, issue),
    ...(isPreview(issue, model.now) && { preview: translate(lang, "issue.draftMark") }),
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
