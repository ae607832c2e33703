import type { MarkdownIt, StateCore, Token } from "markdown-it";
import { MarkdownSourceError } from "../errors.ts";
import { readable } from "../lint/urls.ts";

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

/**
 * The name of a link whose only content is an image without alt text: where it leads, as a
 * screen reader would otherwise spell it out (`github.com/owner/tool`). The image stage warns
 * of it with the fix (images/altText.ts), as an imported archive's badges should not stop a build.
 */
function addressAsName(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol === "http:" || url.protocol === "https:") return readable(`${url.host}${url.pathname}${url.search}`).replace(/\/$/, "");
  } catch {
    // A relative address names itself as written.
  }
  return readable(href);
}

/** Throws at the first link with no text; a link cannot hold another (CommonMark), so one is open at a time. */
function checkLinks(inline: Token): void {
  // Every link that can lack text is written with brackets; bare and <…> addresses show themselves.
  if (!inline.content.includes("[")) return;
  const children = inline.children ?? [];
  let breaks = 0;
  let link: { open: Token; line: number; text: boolean; image: boolean } | undefined;
  for (const token of children) {
    if (token.type === "softbreak" || token.type === "hardbreak") breaks++;
    else if (token.type === "link_open") link = { open: token, line: (inline.map?.[0] ?? 0) + breaks + 1, text: false, image: false };
    else if (token.type === "link_close" && link) {
      const href = link.open.attrGet("href") ?? "";
      if (!link.text && link.image) link.open.attrSet("aria-label", addressAsName(href));
      else if (!link.text) throw new MarkdownSourceError(`link to ${href} has no text; write its text between the brackets: [text](${href})`, link.line);
      link = undefined;
    } else if (link && !link.text) {
      link.text = showsText(token);
      link.image ||= token.type === "image";
    }
  }
}

/**
 * Refuses a heading or a link with no text (`## `, `[](https://…)`): screen readers announce
 * them as nothing, and the HTML gate rejects the page. A link holding only an image without alt
 * text is named by its address instead. Before cjk-breaks, which turns line
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
