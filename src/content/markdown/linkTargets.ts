import type { MarkdownIt, Token } from "markdown-it";
import { renderEnvOf, type RenderEnv } from "./env.ts";

function rewrite(url: string, env: RenderEnv): string {
  const rootRelative = url.startsWith("/") && !url.startsWith("//");
  const prefixed = rootRelative ? env.pathPrefix.replace(/\/$/, "") + url : url;
  // Resolved after the prefix is added: a site under /weekly/ keeps it in feed links too.
  return env.target === "feed" ? new URL(prefixed, new URL(env.pageUrl)).href : prefixed;
}

/**
 * Root-relative links get the path prefix on the web; in feeds every link and image becomes
 * absolute, since a feed reader has no page to resolve against.
 */
export function linkTargets(md: MarkdownIt): void {
  md.core.ruler.push("link_targets", (state) => {
    const env = renderEnvOf(state);
    const visit = (token: Token) => {
      const attr = token.type === "link_open" ? "href" : token.type === "image" ? "src" : null;
      const value = attr && token.attrGet(attr);
      if (attr && value) token.attrSet(attr, rewrite(String(value), env));
      token.children?.forEach(visit);
    };
    state.tokens.forEach(visit);
  });
}
