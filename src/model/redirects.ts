import { ContentError } from "../content/errors.ts";
import type { Issue } from "../content/issue.ts";
import type { Problem } from "../core/problems.ts";
import { archivePath, homePath, notFoundPath, tagPath, tagsPath } from "../core/paths.ts";
import { languages } from "../core/site.ts";
import type { Catalog } from "./catalog.ts";
import type { FeedPlan } from "./feedPlan.ts";
import type { TagIndex } from "./tags/tagIndex.ts";

/** One old URL of an issue: the page written there sends readers on to the issue. */
export interface Redirect {
  /** The site path the redirect page is written to: `/posts/2020/www-0x0a/` or `/old.html`. */
  path: string;
  issue: Issue;
}

/**
 * A folder path gets its `index.html`, a `.html` path is the file itself; percent-encoding is
 * undone, since site paths are kept raw (core/paths.ts).
 */
function redirectPath(alias: string): string {
  let path = alias;
  try {
    path = decodeURI(alias);
  } catch {
    // Kept as written: a stray `%` is a character of the path.
  }
  return path.endsWith("/") || path.endsWith(".html") ? path : `${path}/`;
}

/** The file a site path is written to, compared without case: a case-insensitive disk makes them one. */
const fileKey = (path: string) => (path.endsWith("/") ? `${path}index.html` : path).toLowerCase();

/** Every file the build writes besides redirects, with what to call it in a message. */
function pageFiles(catalog: Catalog, tags: TagIndex, feeds: FeedPlan): Map<string, string> {
  const pages = new Map<string, string>();
  const add = (path: string, owner: string) => pages.set(fileKey(path), owner);
  for (const issue of catalog.issues) add(issue.path, `the page of ${issue.file}`);
  for (const lang of languages) {
    for (const path of [homePath(lang), archivePath(lang), tagsPath(lang)]) add(path, `the site's page ${path}`);
    for (const tag of tags.byLang[lang]) add(tagPath(lang, tag.slug), `the tag page ${tagPath(lang, tag.slug)}`);
  }
  for (const path of ["/", notFoundPath, "/sitemap.xml", "/robots.txt"]) add(path, `the site's page ${path}`);
  for (const path of feeds.files()) add(path, `the feed ${path}`);
  return pages;
}

/**
 * The redirect pages of the published issues' `aliases`. An alias on a page the site writes, or
 * on another alias, fails the build naming both files: one of the two pages would be lost.
 */
export function planRedirects(catalog: Catalog, tags: TagIndex, feeds: FeedPlan): Redirect[] {
  const pages = pageFiles(catalog, tags, feeds);
  const claimed = new Map<string, Issue>();
  const redirects: Redirect[] = [];
  const problems: Problem[] = [];
  for (const issue of catalog.issues) {
    for (const alias of issue.aliases) {
      const path = redirectPath(alias);
      const key = fileKey(path);
      const page = pages.get(key);
      const other = claimed.get(key);
      if (page !== undefined) {
        problems.push({ file: issue.file, message: `aliases: "${alias}" is ${page}, which the site keeps; remove the alias` });
      } else if (other !== undefined && other !== issue) {
        problems.push({ file: issue.file, message: `aliases: "${alias}" is also an alias of ${other.file}; keep it in one of the two files` });
      } else if (other === undefined) {
        claimed.set(key, issue);
        redirects.push({ path, issue });
      }
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return redirects;
}
