import MiniSearch from "minisearch";
import { engineOptions } from "./engine.ts";
import { createIndexTerms } from "./terms.ts";
import type { SearchSource } from "./records.ts";
import { visibleText } from "./text.ts";

/**
 * A language's search index, as the JSON its search page loads (MiniSearch's own format): each
 * issue's title, and its body as a reader sees it with its tags' names, so a tag finds its issues.
 * The id is the issue's place in `sources`, which is the catalog's order: the same issues give
 * the same bytes.
 */
export function searchIndexJson(sources: readonly SearchSource[]): string {
  const engine = new MiniSearch({ ...engineOptions, tokenize: createIndexTerms() });
  engine.addAll(
    sources.map(({ html, tags, ...shown }, id) => ({
      id,
      ...shown,
      tags,
      text: [visibleText(html), ...tags.map((tag) => tag.label)].join(" "),
    })),
  );
  return JSON.stringify(engine);
}
