import { LinkChecker, LinkState, type LinkResult } from "linkinator";

export interface LinkCheckOptions {
  /** URLs of every page to start from: pages no link reaches (404.html) are checked too. */
  pages: string[];
  /** The origin absolute links of the site are written with (canonical, hreflang): checked locally. */
  siteOrigin: string;
}

/**
 * Crawls a locally served site with linkinator: every internal link and `#fragment` must
 * resolve. Links to any other host are skipped, since tests run without the internet.
 * Returns one readable line per broken link.
 */
export async function brokenLinks({ pages, siteOrigin }: LinkCheckOptions): Promise<string[]> {
  const local = new URL(pages[0] ?? "http://127.0.0.1/").origin;
  const result = await new LinkChecker().check({
    path: pages,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(siteOrigin)}/`), replacement: `${local}/` }],
    linksToSkip: async (link) => new URL(link).origin !== local,
  });
  // linkinator reports a broken fragment once per check; a reader needs it once.
  return [...new Set(result.links.filter((link) => link.state === LinkState.BROKEN).map(explain))];
}

/**
 * Absolute URLs on the site's origin written in a non-HTML file (feeds, sitemap, robots.txt),
 * moved to the local server: linkinator parses HTML only, so these join the start list.
 */
export function siteLinksIn(text: string, siteOrigin: string, local: string): string[] {
  const pattern = new RegExp(`${escapeRegExp(siteOrigin)}(/[^\\s"'<>]*)`, "g");
  return [...text.matchAll(pattern)].map((match) => new URL(match[1]!.replace(/&amp;/g, "&"), local).href);
}

function explain(link: LinkResult): string {
  const why = link.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join("; ");
  return `${decodeURI(link.url)} (${link.status ?? "no response"}${why ? `: ${why}` : ""}), linked from ${link.parent ? decodeURI(link.parent) : "the list of pages"}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
