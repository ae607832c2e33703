import type { Options, SearchOptions } from "minisearch";
import { matchesAsPrefix, queryTerms } from "./terms.ts";

/** What a result shows without fetching anything: the rest (its excerpt) comes from the page. */
const STORED = ["url", "title", "date", "datetime", "tags"] as const;

/**
 * MiniSearch's options, the same when the build indexes (src/views/search/index.ts, which gives
 * it the issues' terms) and when the search page loads the index (assets/search/search.js): terms
 * come from terms.ts and are used as they are. A result has every term of the query; a hit in
 * the title counts three times.
 */
export const engineOptions = {
  idField: "id",
  fields: ["title", "text"],
  storeFields: [...STORED],
  processTerm: (term: string) => term,
  searchOptions: {
    tokenize: queryTerms,
    processTerm: (term: string) => term,
    combineWith: "AND",
    prefix: matchesAsPrefix,
    boost: { title: 3 },
  } satisfies SearchOptions,
} satisfies Options;
