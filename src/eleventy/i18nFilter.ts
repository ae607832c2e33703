import type { UserConfig } from "@11ty/eleventy";
import type { Lang } from "../core/site.ts";
import type { StringKey } from "../core/strings.ts";
import { translate } from "../core/translate.ts";

/** `{{ "nav.archive" | t(lang) }}`: templates print dictionary strings, never literal words. */
export function i18nPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter("t", (key: StringKey, lang: Lang, params?: Record<string, string | number>) =>
    translate(lang, key, params),
  );
}
