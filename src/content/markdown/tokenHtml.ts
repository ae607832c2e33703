import type Prism from "prismjs";
import { escapeText } from "../../core/escape.ts";

/**
 * The colours the stylesheet gives code (assets/site.css, `.hl-*`), each with the Prism token
 * types and aliases that take it. When a token has several, the later group wins, as the later
 * rule did when every token carried Prism's own classes.
 */
const GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ["c", ["comment", "prolog", "doctype", "cdata"]],
  ["k", ["keyword", "atrule", "important", "selector", "tag", "deleted"]],
  ["s", ["string", "char", "attr-value", "regex", "inserted", "url"]],
  ["n", ["number", "boolean", "constant", "symbol", "variable", "builtin", "property"]],
  ["f", ["function", "class-name", "attr-name"]],
  // The text colour: it needs a span only inside a coloured token, such as `${` in a string.
  ["p", ["punctuation", "operator"]],
];

/** Plain text takes the code block's own colour, which is the punctuation colour. */
const TEXT = "p";

const groupByName: ReadonlyMap<string, string> = new Map(GROUPS.flatMap(([group, names]) => names.map((name) => [name, group])));
const rank: ReadonlyMap<string, number> = new Map(GROUPS.map(([group], i) => [group, i]));

function groupOf(token: Prism.Token): string | undefined {
  const aliases = token.alias === undefined ? [] : Array.isArray(token.alias) ? token.alias : [token.alias];
  let found: string | undefined;
  for (const name of [token.type, ...aliases]) {
    const group = groupByName.get(name);
    if (group !== undefined && (found === undefined || (rank.get(group) ?? 0) > (rank.get(found) ?? 0))) found = group;
  }
  return found;
}

/** Writes tokens in a context coloured `inherited`; neighbours of one colour share a span. */
function write(stream: Prism.TokenStream, inherited: string): string {
  if (typeof stream === "string") return escapeText(stream);
  let html = "";
  let open: string | undefined;
  for (const part of Array.isArray(stream) ? stream : [stream]) {
    const group = typeof part === "string" ? inherited : (groupOf(part) ?? inherited);
    const wanted = group === inherited ? undefined : group;
    if (wanted !== open) {
      if (open !== undefined) html += "</span>";
      if (wanted !== undefined) html += `<span class="hl-${wanted}">`;
      open = wanted;
    }
    html += typeof part === "string" ? escapeText(part) : write(part.content, group);
  }
  return open === undefined ? html : `${html}</span>`;
}

/**
 * Prism's tokens as HTML with a span only where the colour changes. Prism's own markup wraps
 * every token, punctuation included, in `<span class="token …">`: a five-line snippet became
 * 2 KB, three times what the same colours need, and that weight went into every page and feed.
 */
export function tokenHtml(tokens: Prism.TokenStream): string {
  return write(tokens, TEXT);
}
