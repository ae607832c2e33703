import { htmlLang } from "../i18n/locales.ts";
import { translate } from "../i18n/translate.ts";
import { hrefIn, type PageContext } from "../pages/context.ts";
import { site, type Lang } from "../site.ts";
import { assetPath, homePath } from "../urls/paths.ts";

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
