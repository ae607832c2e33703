/** Where processed images are published: `/img/<hash>-<width>.<format>` (docs/images.md says why). */
export const IMAGE_URL_PATH = "/img/";

/** The width an image takes: the whole phone screen, or the 44rem column (assets/site.css). */
export const SIZES = "(min-width: 44rem) 44rem, 100vw";
