import matter from "gray-matter";
import { grayMatterOptions } from "./yaml.ts";

export interface ParsedFile {
  /** The front matter as YAML's core schema reads it. */
  data: Record<string, unknown>;
  /** The markdown after the front matter. */
  content: string;
}

const OPEN = "---";
const CLOSE = "\n---";

/**
 * gray-matter's reading of an issue file. gray-matter looks every input up in its cache by the
 * whole text, even with the cache off: hashing each file's text was ~0.1 s of a build that renders
 * 4,000 issues. So it reads only the front-matter block, cut where it would cut it (from an
 * opening `---` to the first line that starts with `---`), and the body is the rest, as it
 * returns it. Anything else (no front matter, `----`, a byte-order mark) goes to it whole.
 */
export function parseFrontMatter(text: string): ParsedFile {
  const close = text.startsWith(OPEN) && text[OPEN.length] !== "-" ? text.indexOf(CLOSE, OPEN.length) : -1;
  // A fresh options object per call: gray-matter caches results only when it gets none.
  if (close < 0) return matter(text, { ...grayMatterOptions });
  const { data } = matter(text.slice(0, close + CLOSE.length), { ...grayMatterOptions });
  let content = text.slice(close + CLOSE.length);
  if (content.startsWith("\r")) content = content.slice(1);
  if (content.startsWith("\n")) content = content.slice(1);
  return { data, content };
}
