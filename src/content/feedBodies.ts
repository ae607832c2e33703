import { digestOf, type DiskMemo } from "../cache/diskMemo.ts";
import { processCache } from "../core/processCache.ts";
import { absoluteUrl } from "../core/paths.ts";
import type { Issue } from "./issue.ts";
import type { Renderer } from "./markdown/createMarkdown.ts";
import { loadRenderer } from "./markdown/lazyRenderer.ts";

/** Where the site is published: feed bodies carry absolute URLs. */
export interface SiteAddress {
  origin: string;
  pathPrefix: string;
}

/** A feed body and the page URL its links were resolved against. */
interface FeedBody {
  pageUrl: string;
  html: string;
}

/** Feed bodies rendered with their pages by this build's loader, until the model takes its feeds'. */
const freshBodies = () => processCache("fresh feed bodies", () => new Map<Issue, FeedBody>());

/** The loader's feed body of an issue it rendered, page and feed from one parse. */
export function keepFeedBody(issue: Issue, pageUrl: string, html: string): void {
  freshBodies().set(issue, { pageUrl, html });
}

const resolvedAgainst = (body: FeedBody | undefined, pageUrl: string) => (body?.pageUrl === pageUrl ? body.html : undefined);

/**
 * The body of each issue a feed will carry, as feed readers get it: the shared markdown
 * renderer with `target: "feed"`, so links and images are absolute (resolved against the issue's
 * own URL) and embeds become plain links. A body comes from the loader when it rendered the
 * issue in this build, and is kept between builds: in this process for the dev server, in `disk`
 * for the next build (re-rendering every feed's bodies was 0.4 s at 4,000 issues). The renderer
 * loads only if one is missing. The loader's bodies of issues no feed carries are let go.
 */
export async function renderFeedBodies(issues: Iterable<Issue>, site: SiteAddress, disk?: DiskMemo<undefined>): Promise<Map<Issue, string>> {
  const inProcess = processCache("feed bodies", () => new WeakMap<Issue, FeedBody>());
  const fresh = freshBodies();
  const bodies = new Map<Issue, string>();
  let render: Renderer | undefined;
  for (const issue of issues) {
    const pageUrl = absoluteUrl(site.origin, site.pathPrefix, issue.path);
    let html = resolvedAgainst(inProcess.get(issue), pageUrl);
    if (html === undefined) {
      const digest = disk ? digestOf(`${pageUrl}\n`, issue.body, JSON.stringify(issue.images.bySource)) : undefined;
      html = resolvedAgainst(fresh.get(issue), pageUrl) ?? (digest === undefined ? undefined : disk?.get(issue.file, digest)?.text);
      if (html === undefined) {
        render ??= await loadRenderer();
        html = render(issue.body, { lang: issue.lang, target: "feed", pathPrefix: site.pathPrefix, pageUrl, images: issue.images.bySource });
      }
      if (digest !== undefined) disk?.set(issue.file, digest, { text: html, data: undefined });
    }
    inProcess.set(issue, { pageUrl, html });
    bodies.set(issue, html);
  }
  fresh.clear();
  return bodies;
}
