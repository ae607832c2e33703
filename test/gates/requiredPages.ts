import { load } from "cheerio";
import type { SampleSite } from "../support/sampleSite.ts";

/**
 * The pages the browser gates must see in the sample site, whatever else it grows: every
 * kind of page, in both languages. The gates also run on every other page they find.
 */
export interface RequiredPage {
  /** What the page is, for messages. */
  label: string;
  /** Its file in the output, or a pattern when any page of the kind will do (a tag page). */
  file: string | RegExp;
  /** Selectors the page must match: the issue the gates judge carries a video and Q&A. */
  has?: string[];
  /** File-name stem of its screenshots, for the pages a reader looks at first. */
  screenshot?: string;
}

const VIDEO_AND_QA = [".video[data-video-id]", "dl.qa dt"];

export const REQUIRED_PAGES: RequiredPage[] = [
  { label: "site root", file: "index.html" },
  { label: "404 page", file: "404.html" },
  ...(["zh-tw", "en"] as const).flatMap((lang): RequiredPage[] => [
    { label: `${lang} issue with a video and Q&A`, file: `${lang}/issues/www-0x04/index.html`, has: VIDEO_AND_QA, screenshot: `${lang}-issue` },
    { label: `${lang} home`, file: `${lang}/index.html`, screenshot: `${lang}-home` },
    { label: `${lang} archive`, file: `${lang}/archive/index.html` },
    { label: `${lang} tags index`, file: `${lang}/tags/index.html` },
    { label: `${lang} tag page`, file: new RegExp(`^${lang}/tags/[^/]+/index\\.html$`) },
    { label: `${lang} search page`, file: `${lang}/search/index.html` },
  ]),
];

/** The output file each required page is found at; a missing page or selector is a problem. */
export async function findRequiredPages(site: SampleSite): Promise<{ found: Map<RequiredPage, string>; missing: string[] }> {
  const found = new Map<RequiredPage, string>();
  const missing: string[] = [];
  for (const required of REQUIRED_PAGES) {
    const { file } = required;
    const match = typeof file === "string" ? site.pages.find((page) => page === file) : site.pages.find((page) => file.test(page));
    if (!match) {
      missing.push(`${required.label}: no ${file} in the output`);
      continue;
    }
    const $ = load(await site.read(match));
    const absent = (required.has ?? []).filter((selector) => $(selector).length === 0);
    if (absent.length) missing.push(`${required.label}: ${match} has nothing matching ${absent.join(", ")}`);
    found.set(required, match);
  }
  return { found, missing };
}
