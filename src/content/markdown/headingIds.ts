import type { MarkdownIt } from "markdown-it";
import { uniqueAnchor } from "./anchors.ts";
import { renderEnvOf } from "./env.ts";

/** Gives every heading an id from its text, so readers can link to a section. */
export function headingIds(md: MarkdownIt): void {
  md.core.ruler.push("heading_ids", (state) => {
    const tokens = state.tokens;
    tokens.forEach((token, index) => {
      if (token.type !== "heading_open" || token.attrGet("id")) return;
      const text = tokens[index + 1]?.children
        ?.filter((child) => child.type === "text" || child.type === "code_inline")
        .map((child) => child.content)
        .join("");
      token.attrSet("id", uniqueAnchor(renderEnvOf(state), text ?? ""));
    });
  });
}
