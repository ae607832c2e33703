/** What a Nunjucks filter sees as `this`: the environment rendering the page. */
interface FilterThis {
  env: { render(name: string, context: object): string };
}

const rendered = new WeakMap<object, Map<string, string>>();

/**
 * `{{ f | partial("partials/header.njk", "f") | safe }}`: the partial rendered with only that
 * value in scope, as Hugo's `partial` takes its context. `{% include %}` copies the whole page's
 * data into a fresh context for the partial and finishes it asynchronously: the base layout's
 * three includes took ~0.25 s of a 4,000-issue build (its render phase, five rounds each).
 */
export function partial(this: FilterThis, value: unknown, name: string, as: string): string {
  return this.env.render(name, { [as]: value });
}

/**
 * A partial rendered once per value, as Hugo's `partialCached` does, for partials that print
 * only that value. An issue's card shows on the home page, the archive and each of its tags'
 * pages, and rendering it every time (Nunjucks sets eight loop variables per item, per tag) was
 * a tenth of a build at 4,000 issues. Cards are built anew each build, so nothing outlives the
 * build that made it.
 */
function partialCached(this: FilterThis, value: object, name: string, as: string): string {
  let byPartial = rendered.get(value);
  if (!byPartial) rendered.set(value, (byPartial = new Map()));
  let html = byPartial.get(name);
  if (html === undefined) byPartial.set(name, (html = partial.call(this, value, name, as)));
  return html;
}

/**
 * `{{ cards | partialsCached("partials/card.njk", "card") | safe }}`: partialCached for each
 * value, joined. A Nunjucks loop around the filter sets eight loop variables per item, and the
 * archives, tag pages and homes list 16,000 cards at 4,000 issues (~0.1 s).
 */
export function partialsCached(this: FilterThis, values: object[], name: string, as: string): string {
  let html = "";
  for (const value of values) html += partialCached.call(this, value, name, as);
  return html;
}
