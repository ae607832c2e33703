import matter from "gray-matter";
import { FrontMatterError } from "../errors.ts";
import { grayMatterOptions } from "./yaml.ts";

export interface ParsedFile {
  /** The front matter as YAML's core schema reads it. */
  data: Record<string, unknown>;
  /** The markdown after the front matter. */
  content: string;
}

const OPEN = "---";
const CLOSE = "\n---";
const BOM = "\uFEFF";
/** The names gray-matter reads as YAML after the opening `---` (`---yaml`). */
const YAML_NAMES: ReadonlySet<string> = new Set(["", "yaml", "yml"]);

/**
 * Reads an issue file's front matter: a YAML block from a first line of `---` to the next line
 * that starts with `---`, as gray-matter cuts it. A file without one, one that never closes, or
 * one in another language (`---js` would run as code) is refused with a FrontMatterError before
 * gray-matter sees it.
 *
 * gray-matter looks every input up in its cache by the whole text, even with the cache off:
 * hashing each file's text was ~0.1 s of a build that renders 4,000 issues. So it is given only
 * the block, and the body is the rest of the file, as gray-matter would return it.
 */
export function parseFrontMatter(text: string): ParsedFile {
  const start = text.startsWith(BOM) ? BOM.length : 0;
  if (!text.startsWith(OPEN, start) || text[start + OPEN.length] === "-") {
    throw new FrontMatterError("no front matter; start the file with ---, a title and a date", 1);
  }
  const firstLine = text.slice(start + OPEN.length, text.indexOf("\n") < 0 ? undefined : text.indexOf("\n"));
  const language = firstLine.trim();
  if (!YAML_NAMES.has(language.toLowerCase())) {
    throw new FrontMatterError(`front matter in ${language} is not accepted; write it as YAML between --- lines`, 1);
  }
  const close = text.indexOf(CLOSE, start + OPEN.length);
  if (close < 0) throw new FrontMatterError("front matter is not closed; end it with a line of ---", 1);
  // A fresh options object per call: gray-matter caches results only when it gets none.
  const { data } = matter(text.slice(start, close + CLOSE.length), { ...grayMatterOptions });
  let content = text.slice(close + CLOSE.length);
  if (content.startsWith("\r")) content = content.slice(1);
  if (content.startsWith("\n")) content = content.slice(1);
  return { data, content };
}
