import type { Issue } from "../../content/issue.ts";
import { site, type Lang } from "../../core/site.ts";
import { translate } from "../../core/translate.ts";
import type { SiteAddress } from "../../content/feedBodies.ts";
import { absoluteIn } from "../../model/buildModel.ts";

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
 * The image an issue is shared with. Today its language's card; an issue's own `cover:` image
 * (processed by the image pipeline) is meant to come first here, once that pipeline exists.
 */
export function issueShareImage(address: SiteAddress, issue: Issue): ShareImage {
  return languageShareImage(address, issue.lang);
}
