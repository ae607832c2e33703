import type { Issue } from "../../content/issue.ts";
import { site, type Lang } from "../../core/site.ts";
import { translate } from "../../core/translate.ts";
import type { SiteAddress } from "../../content/feedBodies.ts";
import { absoluteIn } from "../../model/buildModel.ts";
import { largestFallback } from "../../content/images/published.ts";

/** The image a link preview shows, as Open Graph and JSON-LD describe it. */
export interface ShareImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** Open Graph's recommended size: large previews crop nothing at 1.91:1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** Where a language's generated card is written (eleventy/shareCards.ts). */
export const cardPath = (lang: Lang) => `/${lang}/share.png`;

/** What the card says, and so what its alt text says: the site's name and tagline. */
export const cardText = (lang: Lang) => ({ title: site.title[lang], tagline: site.description[lang] });

/** A language's generated card: every page of that language shares it. */
export function languageShareImage(address: SiteAddress, lang: Lang): ShareImage {
  const { title, tagline } = cardText(lang);
  return { url: absoluteIn(address, cardPath(lang)), ...CARD_SIZE, alt: translate(lang, "share.alt", { site: title, tagline }) };
}

/**
 * The image an issue is shared with: its `cover:` as the image pipeline processed it (its largest
 * JPEG, PNG or GIF variant, which every preview reads; never AVIF alone), or else its language's
 * card. A cover that stayed remote (its download failed) or is not an image sharp reads has no
 * known size, so the card stands in.
 */
export function issueShareImage(address: SiteAddress, issue: Issue): ShareImage {
  const processed = issue.cover && issue.images.bySource[issue.cover.image];
  if (processed?.kind !== "picture") return languageShareImage(address, issue.lang);
  const largest = largestFallback(processed);
  return {
    url: absoluteIn(address, largest.url),
    width: largest.width,
    height: Math.round((largest.width * processed.height) / processed.width),
    alt: issue.cover?.alt ?? issue.title,
  };
}
