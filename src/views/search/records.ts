import type { Issue } from "../../content/issue.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import type { Lang } from "../../core/site.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { tagLinks, type TagLink } from "../pages/tagLinks.ts";

/**
 * One issue as its language's search index takes it: what a result shows (STORED in engine.ts)
 * and the rendered body it searches. Plain data, so a worker thread can index it
 * (src/eleventy/searchIndexer.ts).
 */
export interface SearchSource {
  url: string;
  title: string;
  /** As the results show it, in the issue's language. */
  date: string;
  datetime: string;
  tags: TagLink[];
  html: string;
}

const source = (model: BuildModel, issue: Issue): SearchSource => ({
  url: hrefIn(model, issue.path),
  title: issue.title,
  date: formatDate(issue.date, issue.lang),
  datetime: machineDate(issue.date),
  tags: tagLinks(model, issue),
  html: issue.html,
});

/** The issues of one language's index: its own only, never the other edition's, so an English query never lands on a Chinese page. */
export function searchSources(model: BuildModel, lang: Lang): SearchSource[] {
  return model.catalog.byLang[lang].filter((issue) => issue.lang === lang).map((issue) => source(model, issue));
}
