import MiniSearch from "minisearch";
import { engineOptions } from "./engine.ts";
import { createIndexTerms } from "./terms.ts";
import type { SearchSource } from "./records.ts";
import { escapeText } from "../../core/escape.ts";

/**
 * A language's search index, as the JSON its search page loads (MiniSearch's own format): each
 * issue's title, and its body as a reader sees it (read from its HTML in one pass, terms.ts) with
 * its tags' names, so a tag finds its issues.
 * The id is the issue's place in `sources`, which is the catalog's order: the same issues give
 * the same bytes.
 */
export function searchIndexJson(sources: readonly SearchSource[]): string {
  const terms = createIndexTerms();
  const engine = new MiniSearch({ ...engineOptions, tokenize: (text, field) => (field === "text" ? terms.ofHtml(text) : terms.ofText(text)) });
  engine.addAll(
    sources.map(({ html, tags, ...shown }, id) => ({
      id,
      ...shown,
      tags,
      text: [html, ...tags.map((tag) => escapeText(tag.label))].join(" "),
    })),
  );
  return JSON.stringify(engine);
}
