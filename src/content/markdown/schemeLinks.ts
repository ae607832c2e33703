import type { MarkdownIt } from "markdown-it";

// linkify-it's schemes (its defaultSchemas); with fuzzy links off, a link starts with one.
const SCHEME = /https?:|ftp:|mailto:|\/\//i;

/**
 * Bare URLs become links only where a scheme is written (`https://…`, `mailto:…`): a bare domain
 * or e-mail address stays text. linkify-it is asked about a text only if one is in it: its own
 * checks scan every paragraph and text run with Unicode-wide patterns meant for fuzzy links
 * (~0.1 s of rendering 4,000 issues), and say no without a scheme.
 */
export function schemeLinks(md: MarkdownIt): void {
  const { linkify } = md;
  linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  const test = linkify.test.bind(linkify);
  linkify.pretest = (text) => SCHEME.test(text);
  linkify.test = (text) => SCHEME.test(text) && test(text);
}
