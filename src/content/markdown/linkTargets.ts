import type { MarkdownIt, Token } from "markdown-it";
import { renderEnvOf } from "./env.ts";

type Rewrite = (url: string) => string;

/** Every link's `href` and image's `src` in the tokens, rewritten. */
function rewriteLinks(tokens: Token[], rewrite: Rewrite): void {
  const visit = (token: Token) => {
    const attr = token.type === "link_open" ? "href" : token.type === "image" ? "src" : null;
    const value = attr && token.attrGet(attr);
    if (attr && value) token.attrSet(attr, rewrite(String(value)));
    token.children?.forEach(visit);
  };
  tokens.forEach(visit);
}

const prefixed = (url: string, pathPrefix: string) =>
  url.startsWith("/") && !url.startsWith("//") ? pathPrefix.replace(/\/$/, "") + url : url;

/**
 * The links of tokens already prefixed for the web made absolute for feeds, resolved against
 * the page's URL: a feed reader has no page to resolve against. Resolved after the prefix is
 * added, so a site under /weekly/ keeps it in feed links too.
 */
export function absoluteLinks(tokens: Token[], pageUrl: string): void {
  const base = new URL(pageUrl);
  rewriteLinks(tokens, (url) => new URL(url, base).href);
}

/**
 * Root-relative links get the path prefix on the web; in feeds every link and image becomes
 * absolute (`absoluteLinks`).
 */
export function linkTargets(md: MarkdownIt): void {
  md.core.ruler.push("link_targets", (state) => {
    const env = renderEnvOf(state);
    rewriteLinks(state.tokens, (url) => prefixed(url, env.pathPrefix));
    if (env.target === "feed") absoluteLinks(state.tokens, env.pageUrl);
  });
}
