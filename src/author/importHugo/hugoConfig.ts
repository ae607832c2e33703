import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { parse as parseToml } from "smol-toml";
import { unknownTokens } from "./permalink.ts";

/** What the import needs of a Hugo site's configuration. */
export interface HugoConfig {
  /** The configuration file, as found. */
  file: string;
  /** baseURL's origin (`https://example.org`) and path (`/` or `/blog/`): old permalinks start there. */
  origin: string;
  basePath: string;
  /** A URL pattern per top-level section: `posts` → `/posts/:year/:filename/`. */
  permalinks: Record<string, string>;
  /** Hugo lowercases every path it makes unless `disablePathToLower` is set. */
  lowercase: boolean;
  /** The content folder, relative to the site. */
  contentDir: string;
}

/** Where Hugo looks for its configuration, in its order (hugo.* since 0.110, config.* before). */
const CONFIG_FILES = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"].flatMap((name) => [name, join("config/_default", name)]);

/** A folder that is not a Hugo site, or a configuration Hugo would refuse. */
export class HugoSiteError extends Error {
  override name = "HugoSiteError";
}

function parseConfig(file: string, text: string): Record<string, unknown> {
  try {
    if (file.endsWith(".toml")) return parseToml(text) as Record<string, unknown>;
    if (file.endsWith(".json")) return JSON.parse(text) as Record<string, unknown>;
    return (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number; mark?: { line: number } }).line ?? ((error as { mark?: { line: number } }).mark?.line ?? -1) + 1;
    throw new HugoSiteError(`${file}${line > 0 ? `:${line}` : ""}: Hugo's configuration cannot be read: ${(error as Error).message.split("\n")[0]}`);
  }
}

/**
 * Permalink patterns by section. Hugo's keys are case-insensitive; since 0.112 a pattern may sit
 * under `page` (regular pages), which is the one that counts for posts.
 */
function permalinksOf(config: Record<string, unknown>): Record<string, string> {
  const raw = (config.permalinks ?? {}) as Record<string, unknown>;
  const table = typeof raw.page === "object" && raw.page !== null ? (raw.page as Record<string, unknown>) : raw;
  return Object.fromEntries(Object.entries(table).filter((entry): entry is [string, string] => typeof entry[1] === "string").map(([section, pattern]) => [section.toLowerCase(), pattern]));
}

/** Reads the configuration of the Hugo site in `folder`; a folder without one is not a Hugo site. */
export function readHugoConfig(folder: string): HugoConfig {
  const found = CONFIG_FILES.map((name) => join(folder, name)).find((path) => existsSync(path));
  if (!found) {
    throw new HugoSiteError(`${folder} is not a Hugo site: it has no hugo.toml, hugo.yaml, config.toml or config.yaml; give the folder that holds the site's configuration and content/`);
  }
  const config = Object.fromEntries(Object.entries(parseConfig(found, readFileSync(found, "utf8"))).map(([key, value]) => [key.toLowerCase(), value]));
  let base: URL;
  try {
    base = new URL(String(config.baseurl ?? "/"), "http://localhost");
  } catch {
    throw new HugoSiteError(`${found}: baseURL ${JSON.stringify(config.baseurl)} is not a URL; write it as the old site was published, such as baseURL = "https://example.org/"`);
  }
  const contentDir = typeof config.contentdir === "string" ? config.contentdir : "content";
  if (!existsSync(join(folder, contentDir))) {
    throw new HugoSiteError(`${folder} is not a Hugo site with content: ${join(folder, contentDir)} is missing`);
  }
  const permalinks = permalinksOf(config);
  for (const [section, pattern] of Object.entries(permalinks)) {
    const unknown = unknownTokens(pattern);
    if (unknown.length > 0) {
      throw new HugoSiteError(`${found}: permalinks ${section} = "${pattern}" uses :${unknown.join(", :")}, which Hugo does not know; correct it to :year, :month, :day, :section, :title, :slug or :filename`);
    }
  }
  return {
    file: found,
    origin: base.origin,
    basePath: base.pathname.endsWith("/") ? base.pathname : `${base.pathname}/`,
    permalinks,
    lowercase: config.disablepathtolower !== true,
    contentDir,
  };
}
