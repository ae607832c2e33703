import { htmlLang } from "../../core/locales.ts";
import { translate } from "../../core/translate.ts";
import { absoluteIn, hrefIn, type BuildModel } from "../../model/buildModel.ts";
import type { Redirect } from "../../model/redirects.ts";
import { contentSecurityPolicy } from "./csp.ts";

/** A page at an issue's old URL: it sends readers and crawlers on to the issue, and says nothing else. */
export interface RedirectView {
  path: string;
  htmlLang: string;
  title: string;
  /** Where the page sends the reader: the issue's href, path prefix included. */
  href: string;
  canonical: string;
  moved: string;
  csp: string;
}

/**
 * Meta refresh, not a server redirect: it works on any static host. The canonical link tells
 * search engines the issue's own URL, and `noindex` keeps the old one out of their index.
 */
export function redirectView(model: BuildModel, redirect: Redirect): RedirectView {
  const { issue } = redirect;
  return {
    path: redirect.path,
    htmlLang: htmlLang[issue.lang],
    title: issue.title,
    href: hrefIn(model, issue.path),
    canonical: absoluteIn(model, issue.path),
    moved: translate(issue.lang, "redirect.moved"),
    csp: contentSecurityPolicy({}),
  };
}
