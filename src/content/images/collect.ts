import type { Token } from "markdown-it";
import type { Located } from "../lint/tokenLines.ts";

/** An image as written in an issue: its address before any rewriting, its alt text and line. */
export interface ImageReference {
  source: string;
  alt: string;
  line: number;
}

/** The address as written: link_targets.ts rewrites `src` later (prefix, absolute in feeds). */
export const sourceOf = (image: Token): string => String(image.meta?.source ?? image.attrGet("src") ?? "");

/** The alt text as a reader gets it: the text of the parsed label. */
export const altOf = (image: Token): string => (image.children ?? []).map((child) => child.content).join("");

/** Every image of a body, in order, from its inline tokens on file lines (lint/tokenLines.ts). */
export function imageReferences(inline: Located[]): ImageReference[] {
  return inline.filter(({ token }) => token.type === "image").map(({ token, line }) => ({ source: sourceOf(token), alt: altOf(token), line }));
}
