const ABSOLUTE_LINK = 'href="http';

/**
 * The hosts an issue's HTML links to, lower-case, `www.` dropped (www.example.com and
 * example.com are one site). Read once, when the issue is rendered, and kept in the render
 * cache: related issues (src/model/related.ts) compare them in every build.
 */
export function linkHosts(html: string): string[] {
  const hosts = new Set<string>();
  for (let at = html.indexOf(ABSOLUTE_LINK); at >= 0; at = html.indexOf(ABSOLUTE_LINK, at + 1)) {
    const match = /^https?:\/\/([^/"?#:]+)/.exec(html.slice(at + 6, at + 270));
    if (match) hosts.add(match[1]!.toLowerCase().replace(/^www\./, ""));
  }
  return [...hosts];
}
