import type { Issue } from "../../content/issue.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import type { Lang } from "../../core/site.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { tagLinks } from "../pages/tagLinks.ts";
import { cjkBigrams } from "./bigrams.ts";
import { visibleText } from "./text.ts";

/** Pagefind's language code for each edition (ISO 639-1): zh turns on its Chinese segmentation. */
export const searchLanguage: Record<Lang, string> = { "zh-tw": "zh", en: "en" };

/** One issue as Pagefind indexes it (its `addCustomRecord`). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  /** title, date and datetime as the results show them; `body`: how much of `content` is the issue's body; `tags`: JSON of its tag links. */
  meta: Record<string, string>;
  filters: { tag: string[] };
}

/**
 * An issue's searchable text: what its page shows in the article (body, title, tags), then the
 * bigrams of its Chinese runs (bigrams.ts). The results page shows an excerpt of the body only,
 * the first `meta.body` characters; the bigrams are there to be found, not read.
 */
function record(model: BuildModel, issue: Issue): SearchRecord {
  const tags = tagLinks(model, issue);
  const body = visibleText(issue.html);
  const text = [body, issue.title, ...tags.map((tag) => tag.label)].join(" ");
  return {
    url: hrefIn(model, issue.path),
    content: `${text} ${cjkBigrams(text).join(" ")}`,
    language: searchLanguage[issue.lang],
    meta: {
      title: issue.title,
      date: formatDate(issue.date, issue.lang),
      datetime: machineDate(issue.date),
      body: String(body.length),
      tags: JSON.stringify(tags),
    },
    filters: { tag: tags.map((tag) => tag.label) },
  };
}

/** The records of one language's index: its own issues only, never the other edition's. */
export function searchRecords(model: BuildModel, lang: Lang): SearchRecord[] {
  return model.catalog.byLang[lang].filter((issue) => issue.lang === lang).map((issue) => record(model, issue));
}
