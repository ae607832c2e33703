import { translate } from "../../core/translate.ts";
import { languages, type Lang } from "../../core/site.ts";
import { archivePath, assetPath, searchIndexPath, searchPath, tagsPath } from "../../core/paths.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import type { StringKey } from "../../core/strings.ts";
import { buildFrame, type PageFrame } from "./frame.ts";

/** The words assets/search/search.js shows, handed to it as `data-*` attributes of the results box. */
const SCRIPT_STRINGS = ["search.searching", "search.count", "search.none", "search.more", "search.failed"] as const satisfies StringKey[];

export interface SearchView {
  path: string;
  frame: PageFrame;
  heading: string;
  /** The form: a GET to this page, so `?q=` is a search's URL and it works before any script. */
  form: { action: string; label: string; submit: string };
  filter: { label: string; all: string; tags: string[] };
  /** The language's index (src/eleventy/searchIndex.ts) and the page's own script. */
  index: string;
  script: string;
  strings: { name: string; value: string }[];
  /** Shown until the script runs, and with "no results": where else to look. */
  needsScript: string;
  suggest: string;
  elsewhere: { href: string; label: string }[];
}

/** A language's search page: results come from its own index only (src/eleventy/searchIndex.ts). */
export function searchView(model: BuildModel, lang: Lang): SearchView {
  const path = searchPath(lang);
  const heading = translate(lang, "search.heading");
  const versions = Object.fromEntries(languages.map((l) => [l, searchPath(l)]));
  return {
    path,
    frame: { ...buildFrame(model, { lang, path, title: heading, versions, csp: {} }), noindex: true },
    heading,
    form: { action: hrefIn(model, path), label: translate(lang, "search.label"), submit: translate(lang, "search.submit") },
    filter: { label: translate(lang, "search.filter"), all: translate(lang, "search.allTags"), tags: model.tags.byLang[lang].map((tag) => tag.label) },
    index: hrefIn(model, searchIndexPath(lang)),
    script: hrefIn(model, assetPath("search.js")),
    // The placeholders stay for the script to fill.
    strings: SCRIPT_STRINGS.map((key) => ({ name: key.replace("search.", ""), value: translate(lang, key, { count: "{count}", query: "{query}" }) })),
    needsScript: translate(lang, "search.needsScript"),
    suggest: translate(lang, "search.suggest"),
    elsewhere: [
      { href: hrefIn(model, archivePath(lang)), label: translate(lang, "nav.archive") },
      { href: hrefIn(model, tagsPath(lang)), label: translate(lang, "nav.tags") },
    ],
  };
}
