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

/**
 * Renders the body of each issue a feed will carry, as feed readers get it: the shared markdown
 * renderer with `target: "feed"`, so links and images are absolute (resolved against the issue's
 * own URL) and embeds become plain links. A body is rendered once however many feeds carry it,
 * and kept between builds: in this process for the dev server, in `disk` for the next build
 * (re-rendering every feed's bodies was 0.4 s at 4,000 issues). The renderer loads only if one
 * is missing.
 */
export async function renderFeedBodies(issues: Iterable<Issue>, site: SiteAddress, disk?: DiskMemo<undefined>): Promise<Map<Issue, string>> {
  const inProcess = processCache("feed bodies", () => new WeakMap<Issue, { pageUrl: string; html: string }>());
  const bodies = new Map<Issue, string>();
  let render: Renderer | undefined;
  for (const issue of issues) {
    const pageUrl = absoluteUrl(site.origin, site.pathPrefix, issue.path);
    const known = inProcess.get(issue);
    let html = known?.pageUrl === pageUrl ? known.html : undefined;
    const digest = html === undefined && disk ? digestOf(`${pageUrl}\n`, issue.body, JSON.stringify(issue.images.bySource)) : undefined;
    if (digest !== undefined) html = disk?.get(issue.file, digest)?.text;
    if (html === undefined) {
      render ??= await loadRenderer();
      html = render(issue.body, { lang: issue.lang, target: "feed", pathPrefix: site.pathPrefix, pageUrl, images: issue.images.bySource });
      if (digest !== undefined) disk?.set(issue.file, digest, { text: html, data: undefined });
    }
    inProcess.set(issue, { pageUrl, html });
    bodies.set(issue, html);
  }
  return bodies;
}
