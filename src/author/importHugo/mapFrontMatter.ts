import yaml from "js-yaml";
import { frontMatterBlock } from "../frontMatter.ts";

/** Where the post was published before: its path from the old site's root, and its whole URL. */
export interface OldAddress {
  path: string;
  url: string;
}

/** Hugo reads front-matter keys without regard to case (`publishDate`, `publishdate`). */
function take(data: Record<string, unknown>, ...names: string[]): { key?: string; value?: unknown } {
  for (const name of names) {
    const key = Object.keys(data).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (key !== undefined && data[key] !== undefined && data[key] !== null) return { key, value: data[key] };
  }
  return {};
}

const text = (value: unknown) => (typeof value === "string" ? value : value === undefined ? undefined : String(value));

/** A Hugo alias is a path from the site root, or relative to the page's own URL. */
const fromRoot = (alias: string, page: string) => new URL(alias, `http://site.invalid${page}`).pathname;

/**
 * The front matter of an imported issue: title, date (as written, offset kept), tags, draft and
 * description (or Hugo's `summary`) mapped; the old path first among `aliases`, so the old URL
 * redirects here, and the old URL as `feedId`, the entry id Hugo's RSS gave it; every other key kept.
 */
export function mapFrontMatter(data: Record<string, unknown>, old: OldAddress): string {
  const rest = { ...data };
  const used = (found: { key?: string; value?: unknown }) => {
    if (found.key !== undefined) delete rest[found.key];
    return found.value;
  };
  const title = text(used(take(data, "title")));
  const date = text(used(take(data, "date", "publishDate")));
  const tags = used(take(data, "tags"));
  const draft = used(take(data, "draft"));
  const description = text(used(take(data, "description", "summary")));
  const hugoAliases = used(take(data, "aliases"));
  const aliases = [old.path, ...(Array.isArray(hugoAliases) ? hugoAliases : hugoAliases ? [hugoAliases] : []).map((alias) => fromRoot(String(alias), old.path))];
  const head = frontMatterBlock({
    title,
    date: date === undefined ? undefined : /^[\d:T+\-.Z ]+$/.test(date) ? { bare: date } : date,
    tags: Array.isArray(tags) ? tags.map(String) : tags === undefined ? undefined : [String(tags)],
    draft: draft === true || draft === "true" ? true : undefined,
    description,
    aliases: [...new Set(aliases)],
    feedId: old.url,
  });
  const others = Object.keys(rest).length > 0 ? yaml.dump(rest, { schema: yaml.CORE_SCHEMA, lineWidth: -1 }) : "";
  return `${head.replace(/---\n$/, "")}${others}---\n`;
}
