import type { Lang } from "./site.ts";

/** Site paths are kept raw (`/zh-tw/issues/軟體/`) and encoded only where written into HTML or XML. */
export const homePath = (lang: Lang) => `/${lang}/`;
export const archivePath = (lang: Lang) => `/${lang}/archive/`;
export const tagsPath = (lang: Lang) => `/${lang}/tags/`;
export const issuePath = (lang: Lang, name: string) => `/${lang}/issues/${name}/`;
/** A tag's page, from its slug (src/tags/identity.ts): `/zh-tw/tags/軟體工程/`, `/en/tags/c-sharp/`. */
export const tagPath = (lang: Lang, slug: string) => `/${lang}/tags/${slug}/`;
/** A file copied from assets/: `favicon.svg`, `site.css`, `video.js`. */
export const assetPath = (file: string) => `/assets/${file}`;

/** The characters encodeURIComponent keeps, and the slashes between segments. */
const UNCHANGED_BY_ENCODING = /^[\w\-.!~*'()/]*$/;

// The others are mostly Chinese tags' pages, linked from every card and page of their issues.
const encoded = new Map<string, string>();

/** Percent-encodes each segment, so Chinese names, `#` and spaces survive as working URLs. */
export function encodePath(path: string): string {
  // Most paths are plain ASCII, and a page links a dozen of them: skip the split for those.
  if (UNCHANGED_BY_ENCODING.test(path)) return path;
  let result = encoded.get(path);
  if (result === undefined) {
    result = path.split("/").map((segment) => encodeURIComponent(segment)).join("/");
    encoded.set(path, result);
  }
  return result;
}

/** `/weekly/` + `/zh-tw/` → `/weekly/zh-tw/`, encoded for an href. */
export function href(pathPrefix: string, path: string): string {
  const prefix = pathPrefix.replace(/\/+$/, "");
  return `${prefix}${encodePath(path)}`;
}

/** Absolute URL for feeds, sitemaps and canonical links. */
export function absoluteUrl(origin: string, pathPrefix: string, path: string): string {
  return `${origin}${href(pathPrefix, path)}`;
}
