import type { Problem } from "../../core/problems.ts";

/** One encoded size of an image: its site path (`/img/<hash>-640.webp`, no prefix) and width. */
export interface Variant {
  url: string;
  width: number;
}

/** An image as the renderer prints it, decided before rendering (resolveImages.ts). */
export type ImageResult =
  /** Processed: AVIF and WebP sources, and the original format (JPEG, PNG, GIF) as fallback. */
  | { kind: "picture"; width: number; height: number; sources: { type: string; variants: Variant[] }[]; fallback: { type: string; variants: Variant[] } }
  /** An SVG (passed through) or a file sharp cannot read (copied as it is): one file, its site path. */
  | { kind: "file"; url: string; width?: number; height?: number }
  /** A remote image that could not be downloaded: the page keeps its URL, and allows its origin. */
  | { kind: "remote"; url: string };

/** What an issue's images are, for its renders, its page's CSP, its published files and the cache. */
export interface IssueImages {
  /** By the address as written in the markdown. */
  bySource: Record<string, ImageResult>;
  /** File names in the image cache folder the issue's pages use, published under `/img/`. */
  files: string[];
  /** The local image files the results were made from, with their digests: a change re-renders. */
  inputs: { path: string; digest: string }[];
  /** Origins of remote images kept remote: the page's `img-src` allows them. */
  remoteOrigins: string[];
  /** Printed on every build that loads the issue, cached or not, so the summary counts them. */
  warnings: Problem[];
}

export const NO_IMAGES: IssueImages = { bySource: {}, files: [], inputs: [], remoteOrigins: [], warnings: [] };

/**
 * Whether a file may have an image to resolve (in its body, or as its `cover:`), without parsing
 * it: a build without images never loads sharp.
 */
export const mayHaveImages = (bytes: Buffer | string) => bytes.includes("![") || /^cover:/m.test(bytes.toString());
