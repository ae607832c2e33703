import type { UserConfig } from "@11ty/eleventy";
import type { Lang } from "../core/site.ts";
import type { StringKey } from "../core/strings.ts";
import { translate } from "../core/translate.ts";

/** What a Nunjucks filter sees as `this`: the environment rendering the page. */
interface FilterThis {
  env: { render(name: string, context: object): string };
}

/**
 * `{{ f | partial("partials/header.njk", "f") | safe }}`: the partial rendered with only that
 * value in scope, as Hugo's `partial` takes its context. `{% include %}` copies the whole page's
 * data into a fresh context for the partial and finishes it asynchronously: the base layout's
 * three includes took ~0.25 s of a 4,000-issue build (its render phase, five rounds each).
 */
function partial(this: FilterThis, value: unknown, name: string, as: string): string {
  return this.env.render(name, { [as]: value });
}

/**
 * The filters templates use. `t` prints dictionary strings, never literal words:
 * `{{ "nav.archive" | t(lang) }}`. `partialsCached` renders a partial once per value, as Hugo's
 * `partialCached` does, for partials that print only that value: `{{ cards |
 * partialsCached("partials/card.njk", "card") | safe }}`. An issue's card shows on the home
 * page, the archive and each of its tags' pages (16,000 cards at 4,000 issues), and rendering
 * each in a Nunjucks loop was a tenth of a build. Cards are made once per build (their view),
 * and so is this memory: one per plugin, which Eleventy sets up anew for every build.
 */
export function addFilters(eleventyConfig: UserConfig): void {
  const rendered = new WeakMap<object, Map<string, string>>();
  function partialCached(this: FilterThis, value: object, name: string, as: string): string {
    let byPartial = rendered.get(value);
    if (!byPartial) rendered.set(value, (byPartial = new Map()));
    let html = byPartial.get(name);
    if (html === undefined) byPartial.set(name, (html = partial.call(this, value, name, as)));
    return html;
  }
  eleventyConfig.addFilter("t", (key: StringKey, lang: Lang, params?: Record<string, string | number>) => translate(lang, key, params));
  eleventyConfig.addFilter("partial", partial);
  eleventyConfig.addFilter("partialsCached", function (this: FilterThis, values: object[], name: string, as: string) {
    let html = "";
    for (const value of values) html += partialCached.call(this, value, name, as);
    return html;
  });
}
