import type { PageContext } from "../../model/buildModel.ts";
import { atomFeed } from "./atom.ts";
import { jsonFeed } from "./jsonFeed.ts";
import { buildFeed, type Feed, type FeedRef } from "./feed.ts";
import type { FeedFormat } from "./paths.ts";
import { rssFeed } from "./rss.ts";

const serialisers: Record<FeedFormat, (feed: Feed) => Buffer> = { atom: atomFeed, rss: rssFeed, json: jsonFeed };

/** The whole feed document, as UTF-8; its template hands it to Eleventy as it is. */
export function feedView(ctx: PageContext, ref: FeedRef): { document: Buffer } {
  return { document: serialisers[ref.format](buildFeed(ctx, ref)) };
}
