import type { IssueImages } from "../../content/images/types.ts";
import type { SiteAddress } from "../../content/feedBodies.ts";
import { absoluteIn } from "../../model/buildModel.ts";
import { largestFallback } from "../../content/images/published.ts";

/** An image as an email shows it: an absolute URL to a format every mail client shows, and a width. */
export interface EmailImage {
  url: string;
  width: number;
}

/**
 * Maps an image's `src` (as written, relative to the issue's page) to what the email shows: the
 * one seam between the email and the image pipeline (`siteImages`).
 */
export type EmailImages = (src: string, pageUrl: string) => EmailImage;

/** An image no mail client can be trusted to show; the command reports it with the issue's file. */
export class EmailImageError extends Error {
  override name = "EmailImageError";
}

/** The content column of the email: an image is never wider (styles.ts, document.ts). */
export const COLUMN_WIDTH = 552;

// Outlook and older Gmail apps show neither WebP nor AVIF; Outlook shows no SVG either.
const UNSHOWN = /\.(webp|avif|svg|heic|jxl)$/i;

/**
 * An image the pipeline did not process (a remote one kept remote, an SVG, a file sharp cannot
 * read): its address, absolute against the issue's URL, at the column's width (the stylesheet
 * keeps its proportions and lets it shrink on a phone).
 */
export function publishedImage(src: string, pageUrl: string, width = COLUMN_WIDTH): EmailImage {
  const url = new URL(src, pageUrl);
  if (UNSHOWN.test(url.pathname)) {
    const format = url.pathname.split(".").pop()?.toUpperCase();
    throw new EmailImageError(`image "${src}" is ${format}, which Outlook and some Gmail apps do not show; give a JPEG, PNG or GIF version of it`);
  }
  return { url: url.href, width };
}

/**
 * The issue's images as the build published them: a processed image is its largest JPEG, PNG or
 * GIF variant under `/img/` (the `<picture>` fallback, which every mail client shows), never
 * wider in the mail than the column or than the image itself.
 */
export function siteImages(images: IssueImages, address: SiteAddress): EmailImages {
  return (src, pageUrl) => {
    const result = images.bySource[src];
    if (result?.kind === "picture") {
      const largest = largestFallback(result);
      return publishedImage(absoluteIn(address, largest.url), pageUrl, Math.min(COLUMN_WIDTH, result.width));
    }
    if (result?.kind === "file") return publishedImage(absoluteIn(address, result.url), pageUrl, Math.min(COLUMN_WIDTH, result.width ?? COLUMN_WIDTH));
    return publishedImage(result?.url ?? src, pageUrl);
  };
}
