import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createMarkdown } from "../../content/markdown/createMarkdown.ts";
import { readIssue } from "../../content/readIssue.ts";
import { issuePath } from "../../core/paths.ts";
import type { Lang } from "../../core/site.ts";
import { site } from "../../core/site.ts";
import type { HugoConfig } from "./hugoConfig.ts";
import { parseHugoPost, PostError, type HugoPost } from "./hugoFrontMatter.ts";
import { findPosts, type FoundPost } from "./hugoPosts.ts";
import { mapFrontMatter } from "./mapFrontMatter.ts";
import { hugoPath } from "./permalink.ts";
import { convertShortcodes } from "./shortcodes.ts";
import { writeNew } from "./writeFiles.ts";

/** What one run did, file by file, for the command to print. */
export interface ImportReport {
  imported: { file: string; from: string; oldPath: string }[];
  unchanged: string[];
  /** Files left alone: not posts, or posts that could not be imported (`problem`), with why. */
  skipped: { file: string; reason: string; problem: boolean }[];
  /** What an imported file still needs from its author: `file:line: …`. */
  todo: { file: string; line: number; message: string }[];
}

interface ReadPost extends FoundPost {
  post: HugoPost;
}

/** A `ref`/`relref` target (`www-0x09`, `posts/www-0x09.md#x`, `/posts/www-0x09/`) as the new URL of an imported issue. */
function refResolver(names: Set<string>, lang: Lang): (target: string) => string | undefined {
  const byLower = new Map([...names].map((name) => [name.toLowerCase(), name]));
  return (target) => {
    const [path = "", anchor] = target.split("#");
    const bare = path.replace(/\/+$/, "").replace(/\.(md|markdown)$/i, "").replace(/\/_?index$/i, "");
    const name = names.has(basename(bare)) ? basename(bare) : byLower.get(basename(bare).toLowerCase());
    return name === undefined ? undefined : `${issuePath(lang, name)}${anchor ? `#${anchor}` : ""}`;
  };
}

/** The problems the build would find in the new file: front matter and markdown, each with its line. */
function buildProblems(text: string, file: string, lang: Lang, name: string): string[] {
  const md = createMarkdown();
  const read = readIssue({ file, lang, name, bytes: Buffer.from(text) }, (markdown, path) => {
    md.parse(markdown, { lang, target: "page", pathPrefix: "/", pageUrl: new URL(path, site.url).href, usedIds: new Set() });
    return "";
  });
  return (read.problems ?? []).map((problem) => `${problem.line ?? 1}: ${problem.message}`);
}

/**
 * Copies the posts of a Hugo site into `content/<lang>/issues/`: front matter mapped, shortcodes
 * converted, the old URL kept as an alias and as the feed id, images copied beside. A file is
 * written whole or not at all, and never over a different one: a second run changes nothing.
 */
export function importSite(hugo: { folder: string; config: HugoConfig }, target: { content: string; lang: Lang; match?: string }): ImportReport {
  const { config } = hugo;
  const { lang } = target;
  const found = findPosts(join(hugo.folder, config.contentDir), target.match);
  const report: ImportReport = { imported: [], unchanged: [], skipped: found.skipped.map((s) => ({ ...s, problem: false })), todo: [] };
  const posts: ReadPost[] = [];
  for (const candidate of found.posts) {
    try {
      posts.push({ ...candidate, post: parseHugoPost(readFileSync(candidate.file, "utf8")) });
    } catch (error) {
      if (!(error instanceof PostError)) throw error;
      report.skipped.push({ file: `${candidate.file}:${error.line}`, reason: error.message, problem: true });
    }
  }
  const resolveRef = refResolver(new Set(posts.map((post) => post.name)), lang);
  const written = new Map<string, string>();
  for (const post of posts) {
    const file = join(target.content, lang, "issues", `${post.name}.md`);
    const other = written.get(post.name.toLowerCase());
    if (other !== undefined) {
      report.skipped.push({ file: post.file, reason: `its name is taken by ${other}, imported as ${file}; rename one of the two`, problem: true });
      continue;
    }
    written.set(post.name.toLowerCase(), post.file);
    importPost(post, file, { config, lang, resolveRef }, report);
  }
  return report;
}

function importPost(post: ReadPost, file: string, context: { config: HugoConfig; lang: Lang; resolveRef: (target: string) => string | undefined }, report: ImportReport): void {
  const { config, lang } = context;
  const { data, body } = post.post;
  const text = (key: string) => (typeof data[key] === "string" ? (data[key] as string) : undefined);
  let oldPath: string;
  try {
    oldPath = hugoPath(
      { sections: post.sections, filename: post.name, title: text("title") ?? "", slug: text("slug"), url: text("url"), date: text("date") ?? text("publishDate") ?? "" },
      config.permalinks[post.sections[0]!.toLowerCase()],
      config.lowercase,
    );
  } catch (error) {
    report.skipped.push({ file: post.file, reason: `${(error as Error).message}; give it a date: such as 2020-02-01T00:00:11+08:00`, problem: true });
    return;
  }
  const url = `${config.origin}${config.basePath.replace(/\/$/, "")}${oldPath}`;
  // `/posts/www-0x0A/diagram.png` (a same-name folder) or `diagram.png` (a bundle's) is now beside the issue.
  const image = (src: string) => post.images.find((img) => src === img.to || src.toLowerCase().endsWith(`/${post.name}/${img.to}`.toLowerCase()))?.to ?? src;
  const converted = convertShortcodes(body, { ref: context.resolveRef, image });
  const head = mapFrontMatter(data, { path: oldPath, url });
  const bytes = Buffer.from(`${head}${converted.body}`);
  const problems = buildProblems(bytes.toString(), file, lang, post.name);
  if (problems.length > 0) {
    report.skipped.push({ file: post.file, reason: `would not build as ${file}: ${problems.join("; ")}`, problem: true });
    return;
  }
  const outcome = writeNew(file, bytes);
  if (outcome === "differs") {
    report.skipped.push({ file: post.file, reason: `${file} exists and differs from what the import makes of it; the import never overwrites a file: compare the two, and remove ${file} to import it again`, problem: true });
    return;
  }
  if (outcome === "unchanged") report.unchanged.push(file);
  else report.imported.push({ file, from: post.file, oldPath });
  const headLines = head.split("\n").length - 1;
  for (const { line, shortcode, reason } of converted.unconverted) {
    report.todo.push({ file, line: headLines + line, message: `${shortcode} is left as written: ${reason}` });
  }
  for (const image of post.images) {
    const copy = join(dirname(file), post.name, image.to);
    const result = writeNew(copy, readFileSync(image.from));
    if (result === "differs") report.skipped.push({ file: image.from, reason: `${copy} exists and differs; the import never overwrites a file`, problem: true });
    else if (result === "unchanged") report.unchanged.push(copy);
    else report.imported.push({ file: copy, from: image.from, oldPath: "" });
  }
}
