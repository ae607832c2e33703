/** What an issue template may say, and what each becomes for issue 0x18 of 7 December 2026. */
export interface TemplateValues {
  /** `0x18` (or `24` in a decimal series). */
  hex: string;
  /** `24`. */
  decimal: string;
  /** `貳拾肆`: the number in Chinese financial numerals. */
  numeral: string;
  /** `2026-12-07`. */
  date: string;
  /** `zh-tw`. */
  lang: string;
}

const PLACEHOLDER = /\{\{\s*([^{}\s]*)\s*\}\}/g;

/**
 * The template with `{{hex}}`, `{{decimal}}`, `{{numeral}}`, `{{date}}` and `{{lang}}` filled in.
 * Any other `{{…}}` is a mistake: it throws naming its line and the placeholders there are.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (match, name: string, offset: number) => {
    if (Object.hasOwn(values, name)) return values[name as keyof TemplateValues];
    const line = template.slice(0, offset).split("\n").length;
    throw new TemplateError(`${match} is not a placeholder; write one of ${Object.keys(values).map((key) => `{{${key}}}`).join(", ")}`, line);
  });
}

export class TemplateError extends Error {
  override name = "TemplateError";

  constructor(message: string, readonly line: number) {
    super(message);
  }
}
