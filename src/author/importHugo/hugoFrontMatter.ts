import { parse as parseToml } from "smol-toml";
import { FrontMatterError } from "../../content/errors.ts";
import { parseYaml } from "../../content/frontMatter/yaml.ts";

/** A post split into its front matter (YAML `---`, TOML `+++` or JSON `{…}`) and its body. */
export interface HugoPost {
  data: Record<string, unknown>;
  body: string;
}

/** A post whose front matter cannot be read; `line` counts from 1 at the file's first line. */
export class PostError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "PostError";
  }
}

const FENCES = { "---": "yaml", "+++": "toml" } as const;

/** TOML's dates are objects; as text (`2020-02-01T00:00:11+08:00`) they keep the author's offset. */
function plain(value: unknown): unknown {
  // smol-toml writes a date back as written (offset kept), with milliseconds Hugo sites never use.
  if (value instanceof Date) return value.toISOString().replace(/\.000(?=[Z+-]|$)/, "");
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  return value;
}

/** `offset`: the file line before the block's first, so a parser's line 1 is told as the file's. */
function parseBlock(kind: "yaml" | "toml" | "json", block: string, offset: number): Record<string, unknown> {
  let data: unknown;
  try {
    // The issues' own YAML reader: the core schema keeps a date the string the author wrote, offset
    // included, and a mistake is told on the line of its cause (it counts lines from the `---`).
    data = kind === "toml" ? parseToml(block) : kind === "json" ? JSON.parse(block) : parseYaml(`\n${block}`);
  } catch (error) {
    if (error instanceof FrontMatterError) throw new PostError(error.message, error.line + offset - 1);
    const where = error as { line?: number; mark?: { line: number } };
    const line = where.line ?? (where.mark ? where.mark.line + 1 : 1);
    throw new PostError(`${kind.toUpperCase()} front matter cannot be read: ${(error as Error).message.split("\n")[0]}`, line + offset);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) throw new PostError("front matter is not a table of keys", 1);
  return plain(data) as Record<string, unknown>;
}

/** Splits and parses a Hugo post; a block that is missing, unclosed or unreadable is a PostError with its line. */
export function parseHugoPost(text: string): HugoPost {
  const source = text.replace(/^\uFEFF/, "");
  const lines = source.split(/\r?\n/);
  const first = lines[0]?.trimEnd() ?? "";
  if (first === "---" || first === "+++") {
    const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === first);
    if (end < 0) throw new PostError(`front matter opened with ${first} is never closed; close it with a line ${first}`, 1);
    const data = parseBlock(FENCES[first], lines.slice(1, end).join("\n"), 1);
    return { data, body: lines.slice(end + 1).join("\n") };
  }
  if (first.startsWith("{")) {
    const end = lines.findIndex((line) => line.trimEnd() === "}");
    if (end < 0) throw new PostError("JSON front matter is never closed; end it with a line }", 1);
    return { data: parseBlock("json", lines.slice(0, end + 1).join("\n"), 0), body: lines.slice(end + 1).join("\n") };
  }
  throw new PostError("has no front matter; Hugo posts start with --- (YAML), +++ (TOML) or { (JSON)", 1);
}
