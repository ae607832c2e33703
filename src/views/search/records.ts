import type { Issue } from "../../content/issue.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import type { Lang } from "../../core/site.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { tagLinks } from "../pages/tagLinks.ts";
import { cjkBigrams, cjkCharacters, withoutCjk } from "./bigrams.ts";
import { visibleText } from "./text.ts";

/** Pagefind's language code for each edition (ISO 639-1): zh turns on its Chinese segmentation. */
export const searchLanguage: Record<Lang, string> = { "zh-tw": "zh", en: "en" };

/** One issue as Pagefind indexes it (its `addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  /** title, date and datetime as the results show them; `body`: the issue's text, for excerpts; `tags`: JSON of its tag links. */
  meta: Record<string, string>;
  filters: { tag: string[] };
}

/**
 * An issue's searchable text: what its page shows in the article (body, title, tags), its CJK
 * runs turned into ASCII terms (bigrams.ts): the bigrams in order, for queries of two or more
 * characters, then each character once, for one-character queries. So Pagefind never segments
 * Chinese itself, which cost as much again as the bigrams (docs/performance.md#search). The
 * results page shows an excerpt of `meta.body`, the body as written.
 */
function record(model: BuildModel, issue: Issue): SearchRecord {
  const tags = tagLinks(model, issue);
  const body = visibleText(issue.html);
  const text = [body, issue.title, ...tags.map((tag) => tag.label)].join(" ");
  return {
    url: hrefIn(model, issue.path),
    content: [withoutCjk(text), ...cjkBigrams(text), ...cjkCharacters(text)].join(" "),
    language: searchLanguage[issue.lang],
    meta: {
      title: issue.title,
      date: formatDate(issue.date, issue.lang),
      datetime: machineDate(issue.date),
      body,
      tags: JSON.stringify(tags),
    },
    filters: { tag: tags.map((tag) => tag.label) },
  };
}

/** The records of one language's index: its own issues only, never the other edition's. */
export function searchRecords(model: BuildModel, lang: Lang): SearchRecord[] {
  return model.catalog.byLang[lang].filter((issue) => issue.lang === lang).map((issue) => record(model, issue));
}
