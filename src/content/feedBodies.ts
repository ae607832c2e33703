import { digestOf, type DiskMemo } from "../cache/diskMemo.ts";
import type { Issue } from "./issue.ts";
import type { Renderer } from "./markdown/createMarkdown.ts";
import { loadRenderer } from "./markdown/lazyRenderer.ts";
import { absoluteIn, type PageContext } from "../model/buildModel.ts";

/** Bodies rendered in this process, by issue: the dev server's builds share them. */
const rendered = new WeakMap<Issue, { pageUrl: string; html: string }>();
/** Each build's bodies, prepared before any feed is written. */
const prepared = new WeakMap<PageContext, Map<Issue, string>>();

/**
 * Renders the body of every issue a feed will carry, as feed readers get it: the shared
 * markdown renderer with `target: "feed"`, so links and images are absolute (resolved against
 * the issue's own URL) and embeds become plain links. Each body is rendered once however many
 * feeds carry it, and kept between builds (re-rendering and re-highlighting the bodies of every
 * feed was 0.4 s at 4,000 issues, kept in `disk`); the renderer loads only if one is missing.
 */
export async function prepareFeedBodies(ctx: PageContext, issues: Iterable<Issue>, disk?: DiskMemo<undefined>): Promise<void> {
  const bodies = new Map<Issue, string>();
  let render: Renderer | undefined;
  for (const issue of issues) {
    const pageUrl = absoluteIn(ctx, issue.path);
    const known = rendered.get(issue);
    let html = known?.pageUrl === pageUrl ? known.html : undefined;
    const digest = html === undefined && disk ? digestOf(`${pageUrl}\n`, issue.bodyBytes) : undefined;
    if (digest !== undefined) html = disk?.get(issue.file, digest)?.text;
    if (html === undefined) {
      render ??= await loadRenderer();
      html = render(issue.bodyBytes.toString("utf8"), { lang: issue.lang, target: "feed", pathPrefix: ctx.pathPrefix, pageUrl });
      if (digest !== undefined) disk?.set(issue.file, digest, { text: html, data: undefined });
    }
    rendered.set(issue, { pageUrl, html });
    bodies.set(issue, html);
  }
  prepared.set(ctx, bodies);
}

/** An issue's feed body, as prepareFeedBodies made it for this build. */
export function feedContent(ctx: PageContext, issue: Issue): string {
  const html = prepared.get(ctx)?.get(issue);
  if (html === undefined) throw new Error(`${issue.file}: its feed body was not prepared for this build`);
  return html;
}
