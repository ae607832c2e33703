import { escapeAttribute, escapeText } from "../../core/escape.ts";
import type { SearchRecord } from "./records.ts";

/** An empty element that hands Pagefind one value through an attribute, so no comma or colon in it is parsed. */
const valueTag = (kind: "meta" | "filter", key: string, value: string) =>
  `<span data-pagefind-${kind}="${key}[data-value]" data-value="${escapeAttribute(value)}"></span>`;

/**
 * One record as the page Pagefind's command line indexes (src/eleventy/searchIndex.ts): its
 * content the only text, in one element so Pagefind's content is the record's own (the results'
 * excerpts cut it at `meta.body`), its meta and filters as empty elements beside it.
 */
export function indexDocument(record: SearchRecord): string {
  const values = [
    ...Object.entries(record.meta).map(([key, value]) => valueTag("meta", key, value)),
    ...record.filters.tag.map((tag) => valueTag("filter", "tag", tag)),
  ];
  return `<!doctype html><html lang="${record.language}"><meta charset="utf-8"><body data-pagefind-body><p>${escapeText(record.content)}</p>${values.join("")}</body></html>`;
}
