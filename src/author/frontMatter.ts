/** A value written as it is, unquoted: a date reads better as `date: 2026-12-07T00:00:00+08:00`. */
interface Bare {
  bare: string;
}

type Value = string | string[] | boolean | Bare | undefined;

/** A front-matter block as `npm run new` writes it: text quoted as JSON, which YAML reads as written. */
export function frontMatterBlock(fields: Record<string, Value>): string {
  const lines = Object.entries(fields).flatMap(([key, value]) => {
    if (value === undefined) return [];
    if (Array.isArray(value)) return [`${key}: [${value.map((item) => JSON.stringify(item)).join(", ")}]`];
    if (typeof value === "object") return [`${key}: ${value.bare}`];
    return [`${key}: ${typeof value === "boolean" ? String(value) : JSON.stringify(value)}`];
  });
  return `---\n${lines.join("\n")}\n---\n`;
}
