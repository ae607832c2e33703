import { htmlLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import { hrefIn, type PageContext } from "../../model/buildModel.ts";
import { site, type Lang } from "../../core/site.ts";
import { assetPath, homePath } from "../../core/paths.ts";

/** What the per-language XSL stylesheet prints around a feed opened in a browser. */
export interface FeedStylesheetView {
  htmlLang: string;
  siteTitle: string;
  homeHref: string;
  cssHref: string;
  iconHref: string;
  note: string;
  visit: string;
  latest: string;
}

export function feedStylesheetView(ctx: PageContext, lang: Lang): FeedStylesheetView {
  return {
    htmlLang: htmlLang[lang],
    siteTitle: site.title[lang],
    homeHref: hrefIn(ctx, homePath(lang)),
    cssHref: hrefIn(ctx, assetPath("site.css")),
    iconHref: hrefIn(ctx, assetPath("favicon.svg")),
    note: translate(lang, "feed.preview.note"),
    visit: translate(lang, "feed.preview.visit"),
    latest: translate(lang, "home.heading"),
  };
}
