import type { Issue } from "../content/issue.ts";
import { createRenderer } from "../markdown/createMarkdown.ts";

const render = createRenderer();
const rendered = new WeakMap<Issue, { pageUrl: string; html: string }>();

/**
 * An issue's body as feed readers get it: the shared markdown renderer with `target: "feed"`,
 * so links and images are absolute (resolved against the issue's own URL) and embeds become
 * plain links. Rendered once per issue, however many feeds carry it.
 */
export function feedContent(issue: Issue, pageUrl: string, pathPrefix: string): string {
  const cached = rendered.get(issue);
  if (cached?.pageUrl === pageUrl) return cached.html;
  const html = render(issue.body, { lang: issue.lang, target: "feed", pathPrefix, pageUrl });
  rendered.set(issue, { pageUrl, html });
  return html;
}
