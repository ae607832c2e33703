import { openBuildMemo } from "../cache/diskMemo.ts";
import { absoluteUrl, href } from "../core/paths.ts";
import { renderFeedBodies, type SiteAddress } from "../content/feedBodies.ts";
import type { Issue } from "../content/issue.ts";
import { Catalog } from "./catalog.ts";
import { FeedPlan } from "./feedPlan.ts";
import { BuildMemo } from "./memo.ts";
import { isPublished, type BuildMode } from "./publishing.ts";
import { planRedirects, type Redirect } from "./redirects.ts";
import { relatedIssues } from "./related.ts";
import { TagIndex } from "./tags/tagIndex.ts";

/**
 * One build's catalogue, made once per build (and per dev-server rebuild) and handed to every
 * view: the published issues, their tags, the feeds and their bodies, where the site lives, and
 * the build's clock. Views read it and never change it; `memo` keeps what they compute once.
 */
export interface BuildModel extends SiteAddress {
  readonly catalog: Catalog;
  readonly tags: TagIndex;
  readonly feeds: FeedPlan;
  /** The published issues' old URLs (`aliases`), each a page that sends readers on. */
  readonly redirects: readonly Redirect[];
  /** Each carried issue's body as feed readers get it (absolute URLs, no script). */
  readonly feedBodies: ReadonlyMap<Issue, string>;
  /** The only place the clock enters a build: drafts and future issues are judged against it. */
  readonly now: Date;
  /** A production build, or the dev server's (drafts shown; search says what it covers). */
  readonly mode: BuildMode;
  readonly memo: BuildMemo;
  /** Each issue's related issues in its language, best first; absent when none is. */
  readonly related: ReadonlyMap<Issue, Issue[]>;
}

export interface ModelOptions extends SiteAddress {
  /** The content folder: the feed bodies' disk cache sits beside it. */
  contentDir: string;
  mode: BuildMode;
  now: Date;
}

/**
 * The model of the issues a build publishes. Two tags that would share a URL, or an alias on
 * another page, fail here, with the content errors, naming both.
 */
export async function createBuildModel(issues: Issue[], options: ModelOptions): Promise<BuildModel> {
  const { origin, pathPrefix, now } = options;
  const catalog = new Catalog(issues.filter((issue) => isPublished(issue, options.mode, now)));
  const tags = new TagIndex(catalog);
  const feeds = new FeedPlan(catalog, tags);
  const redirects = planRedirects(catalog, tags, feeds);
  const disk = openBuildMemo<undefined>(options.contentDir, "feeds.memo", { pathPrefix, origin });
  const feedBodies = await renderFeedBodies(feeds.carried(), { origin, pathPrefix }, disk);
  disk?.save();
  const related = relatedIssues(catalog, origin);
  return { catalog, tags, feeds, redirects, feedBodies, origin, pathPrefix, now, mode: options.mode, memo: new BuildMemo(), related };
}

/** A site path as an href: path prefix added, percent-encoded. */
export const hrefIn = (site: SiteAddress, path: string) => href(site.pathPrefix, path);

/** A site path as an absolute URL, for canonical links, feeds and the sitemap. */
export const absoluteIn = (site: SiteAddress, path: string) => absoluteUrl(site.origin, site.pathPrefix, path);
