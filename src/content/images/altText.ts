import type { Token } from "markdown-it";
import { readable } from "../lint/urls.ts";

/** The alt text as a reader gets it: the text of the parsed label. */
export const altOf = (image: Token): string => (image.children ?? []).map((child) => child.content).join("");

const showsNothing = (token: Token) => (token.type === "text" && !/\S/.test(token.content)) || token.type === "softbreak" || token.type === "hardbreak";

/**
 * Each image that is all its link shows (`[![…](badge.png)](https://…)`, white space aside),
 * with the link's address: such an image's alt text is the link's only name.
 */
export function soleImagesOfLinks(inline: readonly Token[]): Map<Token, string> {
  const sole = new Map<Token, string>();
  let href: string | undefined;
  let content: Token[] = [];
  for (const token of inline) {
    if (token.type === "link_open") {
      href = token.attrGet("href") ?? "";
      content = [];
    } else if (token.type === "link_close" && href !== undefined) {
      const [image, ...others] = content.filter((inner) => !showsNothing(inner));
      if (image?.type === "image" && others.length === 0) sole.set(image, href);
      href = undefined;
    } else if (href !== undefined) content.push(token);
  }
  return sole;
}

/** What the build and `npm run check` say of an image without alt text, and how to fix it. */
export function missingAltMessage(source: string, linkHref: string | undefined): string {
  const src = readable(source);
  if (linkHref === undefined) return `image ${src} has no alt text; say what it shows between the brackets: ![what it shows](${src})`;
  const href = readable(linkHref);
  return `image ${src} has no alt text and is all its link to ${href} holds, so the link has no name of its own (the page names it by its address); write where it leads as the alt text: [![where it leads](${src})](${href})`;
}
