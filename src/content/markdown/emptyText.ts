import type { MarkdownIt, StateCore } from "markdown-it";

/**
 * Drops the empty text token markdown-it leaves where trailing spaces before a line break were
 * trimmed (`**粗** ⏎中`). markdown-it-cjk-breaks 2.0.0 reads the last character of the text
 * before each break and throws on an empty one, so the build would stop on ordinary prose.
 */
export function emptyText(md: MarkdownIt): void {
  md.core.ruler.push("drop_empty_text", (state: StateCore) => {
    for (const token of state.tokens) {
      if (token.type === "inline" && token.children) {
        token.children = token.children.filter((child) => child.type !== "text" || child.content !== "");
      }
    }
  });
}
