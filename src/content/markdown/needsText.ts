import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { MarkdownSourceError } from "../errors.ts";

/**
 * Whether a token shows a reader some text, as the HTML gate (html-validate's `empty-heading`
 * and `wcag/h30`) judges the element it becomes part of: a character that is not white space,
 * or an image with alt text, however short.
 */
function showsText(token: Token): boolean {
  if (token.type === "image") return (token.children ?? []).some((child) => child.content !== "");
  return (token.type === "text" || token.type === "code_inline") && /\S/.test(token.content);
}

function checkHeading(heading: Token, inline: Token | undefined): void {
  if (inline?.children?.some(showsText)) return;
  const line = (heading.map?.[0] ?? 0) + 1;
  const where = heading.markup.startsWith("#") ? `after the ${heading.markup}` : "above its underline";
  const image = inline?.children?.some((child) => child.type === "image") ? " (an image in it needs alt text: ![what it shows](…))" : "";
  throw new MarkdownSourceError(`heading has no text; write its text ${where}${image}, or remove the heading`, line);
}

/** A link with only an image in it has the image's alt text as its name, so it is the alt that is missing. */
function noText(link: { href: string; image: boolean }): string {
  if (link.image) {
    return `link to ${link.href} holds only an image without alt text, so the link has no name a screen reader can say; write where it leads as the image's alt text: [![where it leads](…)](${link.href})`;
  }
  return `link to ${link.href} has no text; write its text between the brackets: [text](${link.href})`;
}

/** Throws at the first link with no text; a link cannot hold another (CommonMark), so one is open at a time. */
function checkLinks(inline: Token): void {
  // Every link that can lack text is written with brackets; bare and <…> addresses show themselves.
  if (!inline.content.includes("[")) return;
  const children = inline.children ?? [];
  let breaks = 0;
  let link: { href: string; line: number; text: boolean; image: boolean } | undefined;
  for (const token of children) {
    if (token.type === "softbreak" || token.type === "hardbreak") breaks++;
    else if (token.type === "link_open") link = { href: token.attrGet("href") ?? "", line: (inline.map?.[0] ?? 0) + breaks + 1, text: false, image: false };
    else if (token.type === "link_close" && link) {
      if (!link.text) throw new MarkdownSourceError(noText(link), link.line);
      link = undefined;
    } else if (link && !link.text) {
      link.text = showsText(token);
      link.image ||= token.type === "image";
    }
  }
}

/**
 * Refuses a heading or a link with no text (`## `, `[](https://…)`): screen readers announce
 * them as nothing, and the HTML gate rejects the page. Before cjk-breaks, which turns line
 * breaks into text and would lose the count of lines into a paragraph.
 */
export function needsText(md: MarkdownIt): void {
  md.core.ruler.push("needs_text", (state: StateCore) => {
    state.tokens.forEach((token, index) => {
      if (token.type === "heading_open") checkHeading(token, state.tokens[index + 1]);
      else if (token.type === "inline") checkLinks(token);
    });
  });
}
