import type { Note } from "./finding.ts";
import type { Located } from "./tokenLines.ts";
import { readable } from "./urls.ts";

/** A link of an issue's body: its address as markdown-it normalised it, its text, its file line. */
export interface Link {
  href: string;
  text: string;
  line: number;
}

/** Every link, in the order written, with the text between its brackets. */
export function linksIn(inline: readonly Located[]): Link[] {
  const links: Link[] = [];
  let open: Link | undefined;
  for (const { token, line } of inline) {
    if (token.type === "link_open") links.push((open = { href: token.attrGet("href") ?? "", text: "", line }));
    else if (token.type === "link_close") open = undefined;
    else if (open) open.text += token.content;
  }
  return links;
}

/**
 * Warns of a link with no address (`[text]()`): it leads back to the page itself. A link with no
 * text (`[](…)`) the build refuses already (src/content/markdown/needsText.ts).
 */
export function emptyLinks(links: readonly Link[]): Note[] {
  return links
    .filter((link) => link.href.trim() === "")
    .map(({ text, line }) => ({ line, message: `link "${text}" has no address; write it between the parentheses: [${text}](https://…), or remove the brackets` }));
}

/**
 * Warns of an address linked a second time in one issue: usually an item pasted twice, or the
 * wrong link under one of them. Addresses are compared as written, so another `#fragment` is
 * another address; links to a fragment of the page itself (`#…`) may repeat.
 */
export function repeatedLinks(links: readonly Link[]): Note[] {
  const first = new Map<string, number>();
  const notes: Note[] = [];
  for (const { href, line } of links) {
    if (href === "" || href.startsWith("#")) continue;
    const earlier = first.get(href);
    if (earlier === undefined) first.set(href, line);
    else notes.push({ line, message: `${readable(href)} is linked a second time (first on line ${earlier}); link each address once` });
  }
  return notes;
}
