import type { MarkdownIt, Token } from "markdown-it";
import { escapeText } from "../../core/escape.ts";
import { translate } from "../../core/translate.ts";
import { renderEnvOf } from "./env.ts";

/** How the contents start: `withoutToc` finds them by it. */
const TOC_START = '<nav class="toc"';

/** Fewer sections than this are a map a reader does not need. */
const MIN_SECTIONS = 3;

interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** A heading's text without its link: `## [Title](url)` lists as Title, and never links off-site. */
function headingText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .filter((child) => child.type === "text" || child.type === "code_inline")
    .map((child) => child.content)
    .join("")
    .trim();
}

/** Every top-level `##`, each with the `###` under it; a `###` before the first `##` has no parent. */
function sections(tokens: Token[]): TocEntry[] {
  const entries: TocEntry[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "heading_open" || token.level !== 0) return;
    const entry = { id: token.attrGet("id") ?? "", text: headingText(tokens[index + 1]), children: [] };
    if (token.tag === "h2") entries.push(entry);
    else if (token.tag === "h3") entries.at(-1)?.children.push(entry);
  });
  return entries;
}

function list(entries: TocEntry[]): string {
  const items = entries.map((entry) => {
    const nested = entry.children.length > 0 ? list(entry.children) : "";
    return `<li><a href="#${escapeText(entry.id).replace(/"/g, "&quot;")}">${escapeText(entry.text)}</a>${nested}</li>`;
  });
  return `<ol>${items.join("")}</ol>`;
}

/**
 * Where the contents go: after the first paragraph if it comes before the first `##` (so on a
 * phone the first sentence stays near the top), else just before that heading.
 */
function insertionPoint(tokens: Token[]): number {
  const firstSection = tokens.findIndex((token) => token.type === "heading_open" && token.tag === "h2" && token.level === 0);
  const firstParagraph = tokens.findIndex((token) => token.type === "paragraph_close" && token.level === 0);
  return firstParagraph >= 0 && firstParagraph < firstSection ? firstParagraph + 1 : firstSection;
}

/**
 * A table of contents on a web page with three or more `##` sections. Two copies of the list:
 * a `<details>`, closed, for phones, and an open list for wide screens; the stylesheet shows one
 * by width, so it needs no JavaScript, and the hidden one (`display: none`) is hidden from
 * screen readers too. Feeds get none: their readers have their own navigation.
 */
export function toc(md: MarkdownIt): void {
  md.core.ruler.push("toc", (state) => {
    const env = renderEnvOf(state);
    if (env.target !== "page") return;
    const entries = sections(state.tokens);
    if (entries.length < MIN_SECTIONS) return;
    const token = new state.Token("toc", "nav", 0);
    token.block = true;
    token.meta = entries;
    state.tokens.splice(insertionPoint(state.tokens), 0, token);
  });
  md.renderer.rules.toc = (tokens, index, _options, env) => {
    const render = renderEnvOf({ env });
    // Tokens parsed for the page are rendered for its feed too (createPageAndFeedRenderer).
    if (render.target !== "page") return "";
    const label = escapeText(translate(render.lang, "issue.toc"));
    const items = list(tokens[index]!.meta as TocEntry[]);
    return (
      `${TOC_START} aria-label="${label}">\n` +
      `<details class="toc-fold"><summary>${label}</summary>${items}</details>\n` +
      `<div class="toc-open"><p class="toc-title">${label}</p>${items}</div>\n` +
      `</nav>\n`
    );
  };
}


/** The HTML without its contents, whose two copies of the headings no one reads as prose. */
export function withoutToc(html: string): string {
  const start = html.indexOf(TOC_START);
  if (start < 0) return html;
  const end = html.indexOf("</nav>\n", start);
  return html.slice(0, start) + html.slice(end + "</nav>\n".length);
}
