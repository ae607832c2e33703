import { site } from "../../core/site.ts";

/**
 * The path on this site an href leads to from the page at `pagePath`, decoded
 * (`/zh-tw/issues/軟體/`): a relative href is resolved against the page, a root-relative one taken
 * as it is, an absolute one only on the site's own origin (`site.url`). Undefined for another
 * host, another scheme (`mailto:`, `data:`), a fragment alone or an empty href.
 */
export function sitePath(href: string, pagePath: string): string | undefined {
  if (href === "" || href.startsWith("#")) return undefined;
  const origin = new URL(site.url).origin;
  let url: URL;
  try {
    url = new URL(href, new URL(pagePath, origin));
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  try {
    return decodeURIComponent(url.pathname);
  } catch {
    return url.pathname;
  }
}

/** An href as the author wrote it: markdown-it percent-encodes `軟體` and spaces, messages show them back. */
export function readable(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}
