import type { Issue } from "../content/issue.ts";
import { isPreview } from "../content/publishing.ts";
import { formatDate, machineDate } from "../i18n/dates.ts";
import { feedLang, htmlLang } from "../i18n/locales.ts";
import { translate } from "../i18n/translate.ts";
import type { Lang } from "../site.ts";
import { tagLinks, type TagLink } from "../tags/links.ts";
import { hrefIn, type PageContext } from "./context.ts";

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

export function issueCard(ctx: PageContext, issue: Issue, lang: Lang): IssueCard {
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
