import type { ImageResult, Variant } from "./types.ts";

/** Where processed images are published: `/img/<hash>-<width>.<format>` (docs/images.md says why). */
export const IMAGE_URL_PATH = "/img/";

/** The width an image takes: the whole phone screen, or the 44rem column (assets/site.css). */
export const SIZES = "(min-width: 44rem) 44rem, 100vw";

/**
 * The largest variant in the image's own format (JPEG, PNG or GIF; `<picture>`'s fallback),
 * which every reader shows: the page's `src`, a feed's, an email's and a link preview's.
 */
export const largestFallback = (picture: Extract<ImageResult, { kind: "picture" }>): Variant => picture.fallback.variants.at(-1)!;
