import type { FrontMatter } from "./frontMatter/schema.ts";
import type { Lang } from "../core/site.ts";
import type { IssueImages } from "./images/types.ts";

/** One issue in one language, as every listing, feed and page sees it. */
export type Issue = FrontMatter & {
  lang: Lang;
  /** File name without `.md`, kept as written: it is the URL segment and the translation key. */
  name: string;
  /** Project-relative path, e.g. `content/zh-tw/issues/www-0x02.md`. */
  file: string;
  /** Site path without prefix or encoding: `/zh-tw/issues/www-0x02/`. */
  path: string;
  /** The markdown after the front matter: feed bodies are rendered from it. */
  body: string;
  html: string;
  excerpt: string;
  readingMinutes: number;
  /** The body embeds a video, so its page loads the player script. */
  hasVideo: boolean;
  /** The hosts the body links to (linkHosts.ts), `www.` dropped: related issues compare them. */
  linkHosts: string[];
  /** The body's images as processed for this build: renders, the CSP and /img/ read them. */
  images: IssueImages;
};
