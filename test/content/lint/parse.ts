import type { Token } from "markdown-it";
import { createMarkdown } from "../../../src/content/markdown/createMarkdown.ts";
import type { RenderEnv } from "../../../src/content/markdown/env.ts";
import { inlineTokens, type Located } from "../../../src/content/lint/tokenLines.ts";

const md = createMarkdown();

/** A body parsed by the build's markdown-it, as the page /zh-tw/issues/a/. */
export function parse(markdown: string): Token[] {
  const env: RenderEnv = { lang: "zh-tw", target: "page", pathPrefix: "/", pageUrl: "https://weekly.example.org/zh-tw/issues/a/", usedIds: new Set() };
  return md.parse(markdown, env);
}

/** The body's inline tokens with their lines, the body starting on line 1. */
export const inline = (markdown: string): Located[] => inlineTokens(parse(markdown), 0);
