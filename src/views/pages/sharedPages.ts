import { feedLang, htmlLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import { languages, site, type Lang } from "../../core/site.ts";
import { homePath } from "../../core/paths.ts";
import { issueCard, type IssueCard } from "./cards.ts";
import { absoluteIn, hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { buildFrame, type PageFrame } from "./frame.ts";

/** One language's part of a page that speaks to readers of both. */
interface LanguageSection {
  lang: string;
  hreflang: string;
  heading: string;
  href: string;
  label: string;
  latest: IssueCard[];
  text: Record<"title" | "body" | "back" | "choose", string>;
}

function section(model: BuildModel, lang: Lang): LanguageSection {
  return {
    lang: htmlLang[lang],
    hreflang: feedLang[lang],
    heading: site.title[lang],
    href: hrefIn(model, homePath(lang)),
    label: translate(lang, "lang.name"),
    latest: model.catalog.byLang[lang].slice(0, 3).map((issue) => issueCard(model, issue, lang)),
    text: {
      title: translate(lang, "notFound.title"),
      body: translate(lang, "notFound.body"),
      back: translate(lang, "notFound.back"),
      choose: translate(lang, "root.choose"),
    },
  };
}

export interface SharedView {
  path: string;
  frame: PageFrame;
  sections: LanguageSection[];
}

/**
 * The site root and the 404 page serve readers of both languages at once: the main language
 * frames the page and every part in the other language carries its own `lang`.
 */
export function sharedView(model: BuildModel, path: string, title?: string): SharedView {
  const frame = buildFrame(model, {
    lang: site.defaultLang,
    path,
    title,
    versions: Object.fromEntries(languages.map((lang) => [lang, homePath(lang)])),
    defaultPath: "/",
    home: true,
  });
  return {
    path,
    frame: { ...frame, canonical: absoluteIn(model, path) },
    sections: languages.map((lang) => section(model, lang)),
  };
}

/** The 404 page: both languages, no alternates, kept out of the index. */
export function notFoundView(model: BuildModel, path: string): SharedView {
  const view = sharedView(model, path, translate(site.defaultLang, "notFound.title"));
  return { ...view, frame: { ...view.frame, alternates: [], noindex: true } };
}
