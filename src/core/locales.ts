import type { Lang } from "./site.ts";

/** BCP 47 tags: `zh-Hant-TW` makes browsers pick Traditional Chinese glyphs. */
export const htmlLang: Record<Lang, string> = { "zh-tw": "zh-Hant-TW", en: "en" };

/** The short tags feeds and `hreflang` use. */
export const feedLang: Record<Lang, string> = { "zh-tw": "zh-TW", en: "en" };

export const otherLang = (lang: Lang): Lang => (lang === "zh-tw" ? "en" : "zh-tw");
