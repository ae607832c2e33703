/** Elements that end a run of text: their content does not join the text beside it. */
const BLOCK = /^(?:p|h[1-6]|li|ul|ol|dl|dt|dd|pre|blockquote|div|section|figure|figcaption|table|thead|tbody|tr|td|th|br|hr|details|summary|aside|button)$/i;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(entity: string): string {
  if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
  if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
  return ENTITIES[entity] ?? `&${entity};`;
}

/**
 * The text a reader sees in HTML the build rendered (an issue's body): tags dropped, an inline
 * one (`<strong>`, `<a>`, `<code>`) without a space, so 用<strong>容器</strong>化 reads 用容器化
 * as the browser shows it; a block ends a run of text. Whitespace collapsed.
 */
export function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_tag, name: string) => (BLOCK.test(name) ? " " : ""))
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (_all, entity: string) => decode(entity))
    .replace(/\s+/g, " ")
    .trim();
}
