import type { Token } from "markdown-it";
import type { Located } from "../lint/tokenLines.ts";
import { altOf, soleImagesOfLinks } from "./altText.ts";

/** An image as written in an issue: its address before any rewriting, its alt text and line. */
export interface ImageReference {
  source: string;
  alt: string;
  line: number;
  /** The address of the link this image is all of, if it is: its alt text names the link. */
  linkHref?: string;
}

/** The address as written: link_targets.ts rewrites `src` later (prefix, absolute in feeds). */
export const sourceOf = (image: Token): string => String(image.meta?.source ?? image.attrGet("src") ?? "");

/** Every image of a body, in order, from its inline tokens on file lines (lint/tokenLines.ts). */
export function imageReferences(inline: Located[]): ImageReference[] {
  const linked = soleImagesOfLinks(inline.map(({ token }) => token));
  return inline
    .filter(({ token }) => token.type === "image")
    .map(({ token, line }) => {
      const linkHref = linked.get(token);
      return { source: sourceOf(token), alt: altOf(token), line, ...(linkHref === undefined ? {} : { linkHref }) };
    });
}
