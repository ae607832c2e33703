import { htmlLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { site, type Lang } from "../../core/site.ts";
import { assetPath, homePath } from "../../core/paths.ts";
import { stylesheetPath } from "./paths.ts";

/** What the per-language XSL stylesheet prints around a feed opened in a browser. */
export interface FeedStylesheetView {
  path: string;
  htmlLang: string;
  siteTitle: string;
  homeHref: string;
  cssHref: string;
  iconHref: string;
  note: string;
  visit: string;
  latest: string;
}

export function feedStylesheetView(model: BuildModel, lang: Lang): FeedStylesheetView {
  return {
    path: stylesheetPath(lang),
    htmlLang: htmlLang[lang],
    siteTitle: site.title[lang],
    homeHref: hrefIn(model, homePath(lang)),
    cssHref: hrefIn(model, assetPath("site.css")),
    iconHref: hrefIn(model, assetPath("favicon.svg")),
    note: translate(lang, "feed.preview.note"),
    visit: translate(lang, "feed.preview.visit"),
    latest: translate(lang, "home.heading"),
  };
}
