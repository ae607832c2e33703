import type { UserConfig } from "@11ty/eleventy";
import type { Lang } from "../core/site.ts";
import { shareCard } from "../views/share/card.ts";
import { cardPath } from "../views/share/shareImage.ts";

/**
 * Each language's share card, `/zh-tw/share.png` and `/en/share.png`: the image link previews
 * show (Open Graph, Twitter, JSON-LD), drawn at build time and cached beside the content.
 */
export function addShareCards(eleventyConfig: UserConfig, contentDir: string): void {
  eleventyConfig.addTemplate("pages/share.11ty.js", (data: { lang: Lang }) => shareCard(data.lang, contentDir), {
    layout: false,
    pagination: { data: "languages", size: 1, alias: "lang" },
    permalink: (data: { lang: Lang }) => cardPath(data.lang),
    eleventyExcludeFromCollections: true,
  });
}
