import type { UserConfig } from "@11ty/eleventy";
import type { Lang } from "../core/site.ts";
import { shareCards } from "../views/share/card.ts";
import { cardPath } from "../views/share/shareImage.ts";

/**
 * Each language's share card, `/zh-tw/share.png` and `/en/share.png`: the image link previews
 * show (Open Graph, Twitter, JSON-LD). Added before the issues load: a card to draw is drawn in
 * a worker thread meanwhile (card.ts), and only the template waits for it.
 */
export function addShareCards(eleventyConfig: UserConfig, contentDir: string): void {
  let cards: Promise<Record<Lang, Buffer>> | undefined;
  eleventyConfig.on("eleventy.before", () => {
    cards = shareCards(contentDir);
    // Its failure is reported by the template that awaits it, not as an unhandled rejection.
    cards.catch(() => undefined);
  });
  const card = async (data: { lang: Lang }) => {
    if (!cards) throw new Error("the share cards were requested before the build started");
    return (await cards)[data.lang];
  };
  eleventyConfig.addTemplate("pages/share.11ty.js", card, {
    layout: false,
    pagination: { data: "languages", size: 1, alias: "lang" },
    permalink: (data: { lang: Lang }) => cardPath(data.lang),
    eleventyExcludeFromCollections: true,
  });
}
