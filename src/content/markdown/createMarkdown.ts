import markdownIt, { type MarkdownIt } from "markdown-it";
import cjkBreaks from "markdown-it-cjk-breaks";
import cjkFriendly from "markdown-it-cjk-friendly";
import { imageReferences, type ImageReference } from "../images/collect.ts";
import { inlineTokens } from "../lint/tokenLines.ts";
import { emptyText } from "./emptyText.ts";
import type { RenderEnv } from "./env.ts";
import { headingIds } from "./headingIds.ts";
import { images } from "./images.ts";
import { createHighlighter } from "./highlight.ts";
import { absoluteLinks, linkTargets } from "./linkTargets.ts";
import { needsText } from "./needsText.ts";
import { qa } from "./qa.ts";
import { schemeLinks } from "./schemeLinks.ts";
import { toc } from "./toc.ts";
import { youtube } from "./youtube.ts";

/**
 * The one markdown-it instance the build and the tests share.
 * `html: false` escapes raw HTML, so no `<script>` reaches a reader; markdown-it's own
 * validateLink already refuses `javascript:`, `vbscript:`, `file:` and non-image `data:` links.
 * `typographer` stays off: it would turn quotes into Western curly quotes inside Chinese text.
 */
export function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: true, typographer: false, highlight: createHighlighter() });
  md.use(schemeLinks);
  md.use(cjkFriendly);
  // Before cjk-breaks, which cannot read an empty token.
  md.use(emptyText);
  // Before cjk-breaks too, which turns the line breaks it counts into text.
  md.use(needsText);
  md.use(cjkBreaks);
  md.use(headingIds);
  // Before linkTargets, which rewrites the addresses images are looked up by.
  md.use(images);
  md.use(linkTargets);
  md.use(qa);
  md.use(youtube);
  // Last: it reads the ids headingIds gives.
  md.use(toc);
  return md;
}

export type Renderer = (markdown: string, env: RenderEnv) => string;

/** Renders with a fresh id set per call, so every page starts its anchors afresh. */
export function createRenderer(md: MarkdownIt = createMarkdown()): Renderer {
  return (markdown, env) => md.render(markdown, { ...env, usedIds: new Set<string>() });
}

/** An issue's body for its page and for its feed. */
export type PageAndFeedRenderer = (markdown: string, env: RenderEnv) => { page: string; feed: string };

/**
 * Both renders of a body from one parse: the tokens are parsed for the page and rendered, then
 * their links are made absolute for the feed (the page no longer needs them) and they are
 * rendered with `target: "feed"`, whose rules print embeds as links, images as plain `<img>` and
 * no contents.
 */
export function createPageAndFeedRenderer(md: MarkdownIt = createMarkdown()): PageAndFeedRenderer {
  return (markdown, env) => {
    const pageEnv: RenderEnv = { ...env, target: "page", usedIds: new Set<string>() };
    const tokens = md.parse(markdown, pageEnv);
    const page = md.renderer.render(tokens, md.options, pageEnv);
    absoluteLinks(tokens, env.pageUrl);
    return { page, feed: md.renderer.render(tokens, md.options, { ...pageEnv, target: "feed" }) };
  };
}

/** The images of a body, with their file lines (`offset`: lines above the body), without rendering. */
export type ImageFinder = (markdown: string, env: RenderEnv, offset: number) => ImageReference[];

export function createImageFinder(md: MarkdownIt = createMarkdown()): ImageFinder {
  return (markdown, env, offset) => imageReferences(inlineTokens(md.parse(markdown, { ...env, usedIds: new Set<string>() }), offset));
}
