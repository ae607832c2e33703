import { languageFeedLinks, type FeedLink } from "../feeds/links.ts";
import { languageFeedPath } from "../../model/feedPlan.ts";
import { feedLang, htmlLang, otherLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import { languages, site, type Lang } from "../../core/site.ts";
import { archivePath, assetPath, homePath, searchPath, tagsPath } from "../../core/paths.ts";
import { absoluteIn, hrefIn, type BuildModel } from "../../model/buildModel.ts";
import type { Issue } from "../../content/issue.ts";
import { issueShareImage, languageShareImage } from "../share/shareImage.ts";
import { contentSecurityPolicy, type CspNeeds } from "./csp.ts";
import { linkPreview } from "./linkPreview.ts";

interface LangLink {
  href: string;
  hreflang: string;
  lang: string;
  label: string;
}

/** Everything the base layout prints around a page's content. */
export interface PageFrame {
  lang: Lang;
  htmlLang: string;
  /** The document title, site name included. */
  title: string;
  description: string;
  canonical: string;
  /** `<link rel="alternate" hreflang>`: each language version plus `x-default`. */
  alternates: { hreflang: string; href: string }[];
  /** `<link rel="alternate" type>`: the language's feeds, and a tag page's own feed first. */
  feeds: FeedLink[];
  languageSwitch: LangLink;
  nav: { href: string; label: string; current: boolean }[];
  homeHref: string;
  siteTitle: string;
  /** The header's search box: a GET form to the language's search page; absent on that page. */
  search?: { action: string; label: string; submit: string };
  /** hrefs of the files under assets/, path prefix included. */
  assets: { favicon: string; stylesheet: string; videoScript: string };
  /** Kept out of search engines and the sitemap (the 404 page). */
  noindex?: boolean;
  /** The page's Content-Security-Policy (csp.ts). */
  csp: string;
  /** Open Graph, Twitter and JSON-LD, as escaped HTML for `<head>` (linkPreview.ts). */
  preview: string;
}

export interface FrameInput {
  lang: Lang;
  path: string;
  /** Page title without the site name; absent on a home page. */
  title?: string;
  description?: string;
  /** This page in each language it exists in, this one included. */
  versions: Partial<Record<Lang, string>>;
  /** Where `x-default` points; by default the main language's version. */
  defaultPath?: string;
  /** Feeds of this page besides its language's (a tag page's own feed). */
  feeds?: FeedLink[];
  /** What the page needs its Content-Security-Policy to allow; by default only the site's own files. */
  csp?: CspNeeds;
  /** The issue this page shows: previews call it an article. */
  issue?: Issue;
  /** A language's home or the root: previews describe the site. */
  home?: boolean;
}

export function buildFrame(model: BuildModel, input: FrameInput): PageFrame {
  const { lang, path } = input;
  const other = otherLang(lang);
  const siteTitle = site.title[lang];
  const versions = languages.filter((l) => input.versions[l] !== undefined);
  const defaultPath = input.defaultPath ?? input.versions[site.defaultLang] ?? input.versions[lang] ?? path;
  const switchPath = input.versions[other] ?? homePath(other);
  const navItem = (target: string, key: "nav.home" | "nav.archive" | "nav.tags") => ({
    href: hrefIn(model, target),
    label: translate(lang, key),
    current: target === path,
  });
  const description = input.description ?? site.description[lang];
  const canonical = absoluteIn(model, path);
  return {
    lang,
    htmlLang: htmlLang[lang],
    title: input.title ? `${input.title} | ${siteTitle}` : siteTitle,
    description,
    canonical,
    alternates: [
      ...versions.map((l) => ({ hreflang: feedLang[l], href: absoluteIn(model, input.versions[l] as string) })),
      { hreflang: "x-default", href: absoluteIn(model, defaultPath) },
    ],
    feeds: [...(input.feeds ?? []), ...languageFeedLinks(model, lang)],
    languageSwitch: {
      href: hrefIn(model, switchPath),
      hreflang: feedLang[other],
      lang: htmlLang[other],
      label: translate(lang, "lang.switch"),
    },
    nav: [
      navItem(homePath(lang), "nav.home"),
      navItem(archivePath(lang), "nav.archive"),
      navItem(tagsPath(lang), "nav.tags"),
      // The Atom feed opens as a readable page (its XSL) that says how to subscribe.
      { href: hrefIn(model, languageFeedPath(lang, "atom")), label: translate(lang, "nav.feed"), current: false },
    ],
    homeHref: hrefIn(model, homePath(lang)),
    siteTitle,
    ...(path !== searchPath(lang) && {
      search: { action: hrefIn(model, searchPath(lang)), label: translate(lang, "search.label"), submit: translate(lang, "search.submit") },
    }),
    assets: {
      favicon: hrefIn(model, assetPath("favicon.svg")),
      stylesheet: hrefIn(model, assetPath("site.css")),
      videoScript: hrefIn(model, assetPath("video.js")),
    },
    csp: contentSecurityPolicy(input.csp ?? {}),
    preview: linkPreview({
      lang,
      title: input.title ?? siteTitle,
      description,
      url: canonical,
      image: input.issue ? issueShareImage(model, input.issue) : languageShareImage(model, lang),
      versions,
      issue: input.issue,
      home: input.home,
    }),
  };
}
