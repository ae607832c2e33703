/** The one typed site configuration. Every other module reads the site from here. */

export const languages = ["zh-tw", "en"] as const;
export type Lang = (typeof languages)[number];

export interface SiteConfig {
  /** Origin the site is published at; a sub-folder is the path prefix, given to the build. */
  url: string;
  /** IANA zone every date is shown in, and a bare front-matter date is read in. */
  timeZone: string;
  /** The language of the main edition; the site root and `x-default` point to it. */
  defaultLang: Lang;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  author: { name: string; email?: string };
  /** Used to mint feed entry ids (RFC 4151 tag URIs) that survive a change of domain. */
  tagUriAuthority: { domain: string; since: string };
  /** How many of the newest issues the feeds carry. */
  feedSize: number;
  /** How many of the newest issues a home page lists; the archive lists them all. */
  homeSize: number;
  /** How `npm run new` numbers the next issue; when absent, read from the existing issues. */
  series?: SeriesConfig;
  /**
   * Feed paths of an earlier site that readers are subscribed to, each written as a copy of one
   * language's feed (a static host cannot redirect a feed reader): `{ "/index.xml": { lang: "zh-tw", format: "rss" } }`.
   */
  legacyFeeds?: Record<string, { lang: Lang; format: "atom" | "rss" | "json" }>;
  /** The related issues at the foot of an issue (src/model/related.ts). */
  related: RelatedConfig;
}

/** How issues are ranked as related to one another; a shared key also counts for its rarity. */
export interface RelatedConfig {
  /** The most an issue lists; 0 lists none. */
  count: number;
  /** What a shared tag and a shared linked domain count, and what nearness in time adds at most. */
  weights: { tags: number; domains: number; time: number };
  /** Days apart at which nearness counts half. */
  halfLifeDays: number;
}

/** A numbered series of issues: `www-0x18.md`, titled `WWW 0x18: …`. */
export interface SeriesConfig {
  /** The file name before the number, e.g. `www-`. */
  filePrefix: string;
  /** The title before the number, e.g. `WWW `; the title goes on after the number with `: `. */
  titlePrefix: string;
  /** `hex` writes 26 as `0x1A` (`0x1a` with `lowercase`), `decimal` as `26`. */
  numbering: "hex" | "decimal";
  lowercase?: boolean;
  /** The fewest digits a number is written with (zero-padded). */
  digits: number;
}

export const site: SiteConfig = {
  url: "https://weekly.example.org",
  timeZone: "Asia/Taipei",
  defaultLang: "zh-tw",
  title: { "zh-tw": "WWW 週報", en: "WWW Weekly" },
  description: {
    "zh-tw": "每週整理軟體工程、DevOps 與 Rust 的好文章與演講。",
    en: "A weekly digest of software engineering, DevOps and Rust reading and talks.",
  },
  author: { name: "WWW Weekly" },
  tagUriAuthority: { domain: "weekly.example.org", since: "2020-01-01" },
  feedSize: 20,
  homeSize: 10,
  // The weekly's Hugo site published its RSS at /index.xml; its subscribers keep reading there.
  legacyFeeds: { "/index.xml": { lang: "zh-tw", format: "rss" } },
  related: { count: 3, weights: { tags: 1, domains: 0.5, time: 0.5 }, halfLifeDays: 90 },
};

/** `SITE_URL` overrides the configured URL, so a preview deploy can carry its own absolute links. */
export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.SITE_URL?.trim() || site.url;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL; write it like https://weekly.example.org`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  }
  if (parsed.pathname !== "/" || parsed.search || parsed.hash) {
    throw new Error(
      `SITE_URL "${raw}" must be an origin only, like ${parsed.origin}; a sub-folder goes in --pathprefix`,
    );
  }
  return parsed.origin;
}

export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}
