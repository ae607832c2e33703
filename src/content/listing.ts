import { existsSync, readdirSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { displayPath } from "../core/paths.ts";
import type { Problem } from "../core/problems.ts";
import { isLang, languages, site, type Lang } from "../core/site.ts";

/** An issue file the build publishes: `<lang>/issues/<name>.md` under the content folder. */
export interface Listed {
  /** Relative to the project, as authors see it in messages (absolute when outside it). */
  file: string;
  lang: Lang;
  name: string;
}

export interface Listing {
  sources: Listed[];
  /** Files that stop the build: names that collide, or would hide a page. */
  problems: Problem[];
  /** Markdown files the build leaves out, each with where it would be published. */
  unpublished: Problem[];
}

/** Hidden files and folders, and editors' backups and locks (`#x.md#`, `~$x.md`): never content. */
const isIgnored = (name: string) => /^[.#~]/.test(name);

/** Folders of machinery beside the issues, as Eleventy's `_data` and our `_templates/issue.md` (npm run new). */
const isMachinery = (name: string) => name.startsWith("_");

const MARKDOWN = /\.md$/i;

/**
 * Every markdown file under `dir`, as paths relative to the content folder split into folders
 * and file name. `real` is where `dir` really is, and `above` where the folders above it are:
 * a linked folder is followed unless it leads back up the tree (a loop).
 */
function markdownFiles(dir: string, real: string, folders: string[], above: readonly string[]): string[][] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const path = [...above, real];
  const found: string[][] = [];
  for (const { name } of entries.filter((entry) => entry.isFile() && MARKDOWN.test(entry.name) && !isIgnored(entry.name))) {
    found.push([...folders, name]);
  }
  for (const entry of entries.filter((entry) => (entry.isDirectory() || entry.isSymbolicLink()) && !isIgnored(entry.name))) {
    const child = join(dir, entry.name);
    const linked = entry.isSymbolicLink();
    const stat = linked ? statSync(child, { throwIfNoEntry: false }) : undefined;
    if (linked && !stat?.isDirectory()) {
      if (stat && MARKDOWN.test(entry.name)) found.push([...folders, entry.name]);
      continue;
    }
    if (isMachinery(entry.name)) continue;
    const target = linked ? realpathSync(child) : join(real, entry.name);
    if (!path.includes(target)) found.push(...markdownFiles(child, target, [...folders, entry.name], path));
  }
  return found;
}

/** Why a markdown file at `parts` is not published, and where an issue with its name belongs. */
function misplaced(parts: string[]): { reason: string; lang: Lang } | undefined {
  const [first = "", second, ...rest] = parts;
  const file = parts.at(-1)!;
  if (parts.length === 1) return { reason: `it is in no language folder (${languages.join(", ")})`, lang: site.defaultLang };
  // `en-US/` is meant as English; anything else (`zh/`, `zh-TW/`, `tw/`) as the main edition.
  const lang = isLang(first) ? first : first.toLowerCase().startsWith("en") ? "en" : site.defaultLang;
  if (!isLang(first)) return { reason: `"${first}" is not a language folder (the languages are ${languages.join(" and ")})`, lang };
  if (second !== "issues") return { reason: `it is not in ${lang}/issues/`, lang };
  if (rest.length > 1) return { reason: `sub-folders of ${lang}/issues/ are not read`, lang };
  if (!file.endsWith(".md")) return { reason: `its extension is ${file.slice(-3)}, and only .md is read`, lang };
  return undefined;
}

/** Two issues of one language whose names differ only in case: one file, and one page, on macOS and Windows. */
function caseCollisions(sources: Listed[]): Problem[] {
  const firstOf = new Map<string, Listed>();
  const problems: Problem[] = [];
  for (const source of sources) {
    const key = `${source.lang}/${source.name.toLowerCase()}`;
    const first = firstOf.get(key);
    if (!first) firstOf.set(key, source);
    else {
      const message =
        `"${first.name}.md" and "${source.name}.md" differ only in case; on macOS and Windows, which ignore case, ` +
        `they are one file and their pages one page: rename one (${first.file})`;
      problems.push({ file: source.file, message });
    }
  }
  return problems;
}

/**
 * Walks the content folder once: the issue files to publish, in language then name order, and
 * every other markdown file, which the build reports rather than drops without a word.
 */
export function listIssues(contentDir: string): Listing {
  const base = displayPath(contentDir);
  const sources: Listed[] = [];
  const problems: Problem[] = [];
  const unpublished: Problem[] = [];
  const real = existsSync(contentDir) ? realpathSync(contentDir) : contentDir;
  for (const parts of markdownFiles(contentDir, real, [], [])) {
    const file = join(base, ...parts);
    const wrong = misplaced(parts);
    if (!wrong) {
      const name = parts[2]!.slice(0, -3);
      if (name === "index") problems.push({ file, message: `the name "index" would hide the issue list; rename the file` });
      else sources.push({ file, lang: parts[0] as Lang, name });
      continue;
    }
    const target = join(base, wrong.lang, "issues", parts.at(-1)!.replace(/\.md$/i, ".md"));
    unpublished.push({ file, message: `not published: ${wrong.reason}; an issue belongs at ${target}` });
  }
  const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const order = (source: Listed) => languages.indexOf(source.lang);
  sources.sort((a, b) => order(a) - order(b) || byFile(a, b));
  unpublished.sort(byFile);
  return { sources, problems: [...problems, ...caseCollisions(sources)], unpublished };
}
