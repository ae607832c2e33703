import type { Lang } from "../../core/site.ts";
import type { ImageResult } from "../images/types.ts";

/** What one render needs to know beyond the markdown: passed to markdown-it as `env`. */
export interface RenderEnv {
  lang: Lang;
  /** `page` for the web; `feed` for feed readers (absolute URLs, no script, no iframe). */
  target: "page" | "feed";
  /** Prepended to root-relative links, so a site built under `/weekly/` keeps working. */
  pathPrefix: string;
  /** Absolute URL of the page the HTML ends up on; relative links resolve against it in feeds. */
  pageUrl: string;
  /** Ids already given out on this page, so headings and questions never share one. */
  usedIds?: Set<string>;
  /** The body's images as resolved before rendering, by address as written (images/resolveImages.ts). */
  images?: Record<string, ImageResult>;
}

/** markdown-it types `env` as an open record; ours always carries a RenderEnv. */
export const renderEnvOf = (state: { env: unknown }): RenderEnv => state.env as RenderEnv;
