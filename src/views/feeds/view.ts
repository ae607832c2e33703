import type { BuildModel } from "../../model/buildModel.ts";
import type { FeedFormat, FeedRef } from "../../model/feedPlan.ts";
import { atomFeed } from "./atom.ts";
import { buildFeed, type Feed } from "./feed.ts";
import { jsonFeed } from "./jsonFeed.ts";
import { rssFeed } from "./rss.ts";

const serialisers: Record<FeedFormat, (feed: Feed) => Buffer> = { atom: atomFeed, rss: rssFeed, json: jsonFeed };

/** The whole feed document, as UTF-8; its template hands it to Eleventy as it is. */
export function feedDocument(model: BuildModel, ref: FeedRef): Buffer {
  return serialisers[ref.format](buildFeed(model, ref));
}
