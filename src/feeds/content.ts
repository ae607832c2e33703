import { digestOf, DiskMemo } from "../cache/diskMemo.ts";
import type { Issue } from "../content/issue.ts";
import { createRenderer } from "../markdown/createMarkdown.ts";

const render = createRenderer();
const rendered = new WeakMap<Issue, { pageUrl: string; html: string }>();
/** Feed bodies saved by an earlier build, while this process builds for the first time. */
let disk: DiskMemo<string> | undefined;
const opened = new Set<string>();

/**
 * Reads the feed bodies an earlier build saved at `path`, once per process (later builds are
 * the dev server's, served from memory); returns the function that saves this build's.
 */
export function openFeedCache(path: string, fingerprint: string): () => void {
  if (opened.has(path)) return () => undefined;
  opened.add(path);
  disk = new DiskMemo<string>(path, fingerprint);
  return () => {
    void disk?.save();
    disk = undefined;
  };
}

/**
 * An issue's body as feed readers get it: the shared markdown renderer with `target: "feed"`,
 * so links and images are absolute (resolved against the issue's own URL) and embeds become
 * plain links. Rendered once per issue, however many feeds carry it, and kept between builds
 * (re-rendering and re-highlighting the bodies of every feed was 0.4 s at 4,000 issues).
 */
export function feedContent(issue: Issue, pageUrl: string, pathPrefix: string): string {
  const cached = rendered.get(issue);
  if (cached?.pageUrl === pageUrl) return cached.html;
  const digest = disk && digestOf(`${pageUrl}\n${issue.body}`);
  let html = digest === undefined ? undefined : disk?.get(issue.file, digest);
  if (html === undefined) {
    html = render(issue.body, { lang: issue.lang, target: "feed", pathPrefix, pageUrl });
    if (digest) disk?.set(issue.file, digest, html);
  }
  rendered.set(issue, { pageUrl, html });
  return html;
}
