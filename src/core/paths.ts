import { isAbsolute, relative, resolve } from "node:path";
import { processCache } from "./processCache.ts";
import type { Lang } from "./site.ts";

/** Site paths are kept raw (`/zh-tw/issues/軟體/`) and encoded only where written into HTML or XML. */
export const homePath = (lang: Lang) => `/${lang}/`;
export const archivePath = (lang: Lang) => `/${lang}/archive/`;
export const tagsPath = (lang: Lang) => `/${lang}/tags/`;
export const issuePath = (lang: Lang, name: string) => `/${lang}/issues/${name}/`;
/** A tag's page, from its slug (src/model/tags/identity.ts): `/zh-tw/tags/軟體工程/`, `/en/tags/c-sharp/`. */
export const tagPath = (lang: Lang, slug: string) => `/${lang}/tags/${slug}/`;
/** A language's search page, and its index beside it (src/eleventy/searchIndex.ts). */
export const searchPath = (lang: Lang) => `/${lang}/search/`;
export const searchIndexPath = (lang: Lang) => `/${lang}/search/index.json`;
/** A file copied from assets/: `favicon.svg`, `site.css`, `video.js`. */
export const assetPath = (file: string) => `/assets/${file}`;

/** The characters encodeURIComponent keeps, and the slashes between segments. */
const UNCHANGED_BY_ENCODING = /^[\w\-.!~*'()/]*$/;

/**
 * Percent-encodes each segment, so Chinese names, `#` and spaces survive as working URLs. Every
 * page links a dozen paths, most of them ASCII, and a Chinese tag's path is on every card of its
 * issues: ~0.1 s of a cold build at 4,000 issues without the shortcut and the memo (CPU profiles).
 */
export function encodePath(path: string): string {
  if (UNCHANGED_BY_ENCODING.test(path)) return path;
  const encoded = processCache("encoded paths", () => new Map<string, string>());
  let result = encoded.get(path);
  if (result === undefined) {
    result = path.split("/").map(encodeURIComponent).join("/");
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
export const notFoundPath = "/404.html";

/** A file's path as messages show it: relative to the project, or absolute when outside it. */
export function displayPath(path: string): string {
  const fromProject = relative(process.cwd(), resolve(path));
  return fromProject.startsWith("..") || isAbsolute(fromProject) ? resolve(path) : fromProject || ".";
}
