import type { Token } from "markdown-it";

/** An inline token (a link, an image, text) and the file line it is on. */
export interface Located {
  token: Token;
  line: number;
}

/**
 * A line break inside a paragraph. markdown-it-cjk-breaks turns a break between two CJK
 * characters into an empty text token, but leaves its `br` tag: it still ends a source line.
 */
const isBreak = (token: Token) => token.type === "softbreak" || token.type === "hardbreak" || (token.type === "text" && token.tag === "br");

/**
 * Every inline token of a parsed body with its line in the file: markdown-it maps blocks to
 * lines, so a token's line is its block's first line plus the line breaks before it. `offset`
 * is the number of lines above the body (the front matter). A table cell has no map of its own;
 * its row's is used. A code span that wraps a line counts as one line (markdown-it drops its break).
 */
export function inlineTokens(tokens: readonly Token[], offset: number): Located[] {
  const located: Located[] = [];
  let blockLine = 0;
  for (const block of tokens) {
    if (block.map) blockLine = block.map[0];
    if (block.type !== "inline") continue;
    let line = offset + blockLine + 1;
    for (const token of block.children ?? []) {
      located.push({ token, line });
      if (isBreak(token)) line++;
      // An image's alt text is parsed into its own children, and may wrap too.
      for (const child of token.children ?? []) if (isBreak(child)) line++;
    }
  }
  return located;
}
