/** An image as an email shows it: an absolute URL to a format every mail client shows, and a width. */
export interface EmailImage {
  url: string;
  width: number;
}

/**
 * Maps an image's `src` (as written, relative to the page) to what the email shows. This
 * is the one seam for the image pipeline: when it makes JPEG/PNG/GIF variants with known widths,
 * a function returning those replaces `publishedImage`.
 */
export type EmailImages = (src: string, pageUrl: string) => EmailImage;

/** An image no mail client can be trusted to show; the command reports it with the file. */
export class EmailImageError extends Error {
  override name = "EmailImageError";
}

/** The content column of the email: an image is never wider (styles.ts, document.ts). */
export const COLUMN_WIDTH = 552;

// Outlook and older Gmail apps show neither WebP nor AVIF; Outlook shows no SVG either.
const UNSHOWN = /\.(webp|avif|svg|heic|jxl)$/i;

/**
 * Today's images: the file as the site publishes it, absolute against the URL, at the
 * column's width (the stylesheet keeps its proportions and lets it shrink on a phone).
 */
export function publishedImage(src: string, pageUrl: string): EmailImage {
  const url = new URL(src, pageUrl);
  if (UNSHOWN.test(url.pathname)) {
    const format = url.pathname.split(".").pop()?.toUpperCase();
    throw new EmailImageError(`image "${src}" is ${format}, which Outlook and some Gmail apps do not show; give a JPEG, PNG or GIF version of it`);
  }
  return { url: url.href, width: COLUMN_WIDTH };
}
