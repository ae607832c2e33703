import type { PageFrame } from "../pages/frame.ts";

export interface SitemapEntry {
  loc: string;
  alternates: { hreflang: string; href: string }[];
}

interface PageLike {
  data: { view?: { frame?: PageFrame } };
}

/** One entry per indexable page, with its language alternates, in a stable order. */
export function sitemapEntries(pages: PageLike[]): SitemapEntry[] {
  return pages
    .flatMap((page) => {
      const frame = page.data.view?.frame;
      return frame && !frame.noindex ? [{ loc: frame.canonical, alternates: frame.alternates }] : [];
    })
    .sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
}
