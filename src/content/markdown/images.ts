import type { MarkdownIt, Token } from "markdown-it";
import { encodePath } from "../../core/paths.ts";
import type { ImageResult, Variant } from "../images/types.ts";
import { largestFallback, SIZES } from "../images/published.ts";
import { altOf } from "../images/altText.ts";
import { sourceOf } from "../images/collect.ts";
import { renderEnvOf, type RenderEnv } from "./env.ts";

type Escape = (text: string) => string;

/** A site path of a processed image as this render links it: prefixed, absolute in feeds. */
function urlOf(path: string, env: RenderEnv): string {
  const prefixed = env.pathPrefix.replace(/\/$/, "") + encodePath(path);
  return env.target === "feed" ? new URL(prefixed, env.pageUrl).href : prefixed;
}

const srcset = (variants: Variant[], env: RenderEnv) => variants.map((variant) => `${urlOf(variant.url, env)} ${variant.width}w`).join(", ");

/** `<img>` attributes in a fixed order, empty values left out. */
const attributes = (pairs: [string, string | number | undefined][], escape: Escape) =>
  pairs.flatMap(([name, value]) => (value === undefined ? [] : [` ${name}="${escape(String(value))}"`])).join("");

function imgTag(result: ImageResult, image: Token, env: RenderEnv, escape: Escape): string {
  const eager = env.target === "feed" || image.meta?.index === 0;
  const src = result.kind === "picture" ? urlOf(largestFallback(result).url, env) : result.kind === "file" ? urlOf(result.url, env) : result.url;
  const size = result.kind === "remote" ? {} : { width: result.width, height: result.height };
  const pairs: [string, string | number | undefined][] = [
    ["src", src],
    ["alt", altOf(image)],
    ["title", image.attrGet("title") ?? undefined],
    ["width", size.width],
    ["height", size.height],
    ["loading", eager ? undefined : "lazy"],
    ["decoding", eager ? undefined : "async"],
  ];
  return `<img${attributes(pairs, escape)}>`;
}

/**
 * Images as their results say (resolveImages.ts, passed in `env.images`): on pages a
 * `<picture>` with AVIF and WebP sources sized for phone and desktop, width and height against
 * layout shift, and lazy loading for all but the page's first image; in feeds a plain `<img>` of
 * the JPEG, PNG or GIF every reader shows, at its absolute URL. An image without a result
 * (`data:`, `/assets/`) is printed as markdown-it prints it.
 */
export function images(md: MarkdownIt): void {
  // Before link_targets rewrites `src`: results are keyed by the address as written.
  md.core.ruler.push("image_sources", (state) => {
    // Most bodies have no image: no walk over their tokens.
    if (!state.src.includes("![")) return;
    let index = 0;
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === "image") token.meta = { ...token.meta, source: token.attrGet("src") ?? "", index: index++ };
      }
    }
  });
  const fallback = md.renderer.rules.image!;
  const escape = md.utils.escapeHtml;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const image = tokens[idx]!;
    const render = renderEnvOf({ env });
    const result = render.images?.[sourceOf(image)];
    if (!result) return fallback(tokens, idx, options, env, self);
    const img = imgTag(result, image, render, escape);
    if (result.kind !== "picture" || render.target === "feed") return img;
    const sources = result.sources.map((source) => `<source type="${source.type}" srcset="${escape(srcset(source.variants, render))}" sizes="${SIZES}">`);
    return `<picture>${sources.join("")}${img}</picture>`;
  };
}
