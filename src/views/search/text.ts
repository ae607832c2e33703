/** Elements that end a run of text: their content does not join the text beside it. */
export const BLOCK = /^(?:p|h[1-6]|li|ul|ol|dl|dt|dd|pre|blockquote|div|section|figure|figcaption|table|thead|tbody|tr|td|th|br|hr|details|summary|aside|button)$/i;

/** A tag, its name the first group; a comment. */
export const TAG_OR_COMMENT = String.raw`<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<!--[\s\S]*?-->`;
/** An entity as markdown-it writes one, its name or number the first group. */
export const ENTITY = String.raw`&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);`;

const TAGS_AND_COMMENTS = new RegExp(TAG_OR_COMMENT, "g");
const ENTITIES_WRITTEN = new RegExp(ENTITY, "g");

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** An entity's text, from its name or number; one it does not know stays as written. */
export function decodeEntity(entity: string): string {
  if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
  if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
  return ENTITIES[entity] ?? `&${entity};`;
}

/**
 * The text a reader sees in HTML the build rendered (an issue's body): tags and comments dropped,
 * an inline tag (`<strong>`, `<a>`, `<code>`) without a space, so 用<strong>容器</strong>化 reads
 * 用容器化 as the browser shows it; a block ends a run of text. Whitespace collapsed. The search
 * page cuts its excerpts from it; the index reads the same text straight from the HTML, in one
 * pass with its terms (terms.ts; a test holds the two to the same terms).
 */
export function visibleText(html: string): string {
  return html
    .replace(TAGS_AND_COMMENTS, (_tag, name: string | undefined) => (name !== undefined && BLOCK.test(name) ? " " : ""))
    .replace(ENTITIES_WRITTEN, (_all, entity: string) => decodeEntity(entity))
    .replace(/\s+/g, " ")
    .trim();
}
