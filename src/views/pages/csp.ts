/** What one page needs beyond the site's own files; the policy allows exactly that and no more. */
export interface CspNeeds {
  /** The page embeds YouTube videos (through the privacy-enhanced player). */
  video?: boolean;
  /** Origins of images that could not be self-hosted (src/content/images/): that page only. */
  imageOrigins?: readonly string[];
}

/**
 * The page's Content-Security-Policy, printed in a `<meta>` by the base layout.
 * connect-src 'self': crawlers' tools such as Lighthouse fetch /robots.txt from inside the page,
 * and default-src 'none' blocks them (github.com/GoogleChrome/lighthouse/issues/4386).
 */
export function contentSecurityPolicy(needs: CspNeeds): string {
  const directives = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    ["img-src 'self' data:", ...(needs.imageOrigins ?? [])].join(" "),
    "connect-src 'self'",
    ...(needs.video ? ["frame-src https://www.youtube-nocookie.com"] : []),
    "base-uri 'none'",
    // Every page's header holds the search form, a GET to the language's search page.
    "form-action 'self'",
  ];
  return directives.join("; ");
}
