import type { Lang } from "./site.ts";
import { dictionaries, type StringKey } from "./strings.ts";

/** Looks a key up in the page's language and fills `{name}` placeholders. */
export function translate(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  // Every page prints a dozen fixed strings; only some have placeholders.
  if (!template.includes("{")) return template;
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (!(name in params)) throw new Error(`string "${key}" needs a value for {${name}}`);
    return String(params[name]);
  });
}
