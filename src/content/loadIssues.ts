import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createRenderer } from "../markdown/createMarkdown.ts";
import { languages, type Lang } from "../site.ts";
import { absoluteUrl } from "../urls/paths.ts";
import { ContentError, type ContentProblem } from "./errors.ts";
import type { Issue } from "./issue.ts";
import { readIssue, type IssueSource } from "./readIssue.ts";

export interface LoadOptions {
  /** Folder holding `<lang>/issues/*.md`. */
  contentDir: string;
  pathPrefix: string;
  origin: string;
}

function listSources(contentDir: string): Omit<IssueSource, "text">[] {
  return languages.flatMap((lang: Lang) => {
    const dir = join(contentDir, lang, "issues");
    let names: string[];
    try {
      names = readdirSync(dir).filter((entry) => entry.endsWith(".md") && !entry.startsWith("."));
    } catch {
      return [];
    }
    return names.sort().map((entry) => {
      // Relative to the project, as authors see it in messages.
      const file = relative(process.cwd(), join(dir, entry));
      return { file, lang, name: entry.slice(0, -3) };
    });
  });
}

interface Cached {
  text: string;
  issue: Issue;
  /** Modification time and size when read, trusted only if the file was old enough then. */
  stamp?: string;
}

// One cache per process, not per loader: the dev server starts a new Eleventy (so a new
// loader) for every edit. Rendering depends on the options, so each set has its own.
const caches = new Map<string, Map<string, Cached>>();

function cacheFor(options: LoadOptions): Map<string, Cached> {
  const key = JSON.stringify([resolve(options.contentDir), options.pathPrefix, options.origin]);
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  return cache;
}

/**
 * A file's modification time and size, or undefined while the file is too recent for them to
 * prove it unchanged: a second save within the file system's clock tick keeps the time.
 */
function fileStamp(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && stat.mtimeMs < Date.now() - 2000 ? `${stat.mtimeMs}:${stat.size}` : undefined;
}

/**
 * Reads and renders every issue, reusing the previous result for files whose text is unchanged
 * (the dev server rebuilds on every edit, in one process). Throws one ContentError naming every bad file.
 */
export function createIssueLoader(options: LoadOptions) {
  const render = createRenderer();
  const cache = cacheFor(options);

  return function loadIssues(): Issue[] {
    const problems: ContentProblem[] = [];
    const issues: Issue[] = [];
    for (const listed of listSources(options.contentDir)) {
      const cached = cache.get(listed.file);
      // Reading thousands of files was most of a dev-server rebuild; unchanged ones are skipped.
      const stamp = cached && fileStamp(listed.file);
      if (cached?.stamp !== undefined && cached.stamp === stamp) {
        issues.push(cached.issue);
        continue;
      }
      const source = { ...listed, text: readFileSync(listed.file, "utf8") };
      if (cached?.text === source.text) {
        cached.stamp = stamp;
        issues.push(cached.issue);
        continue;
      }
      if (source.name === "index") {
        problems.push({ file: source.file, message: `the name "index" would hide the issue list; rename the file` });
        continue;
      }
      const result = readIssue(source, (body, path) =>
        render(body, {
          lang: source.lang,
          target: "page",
          pathPrefix: options.pathPrefix,
          pageUrl: absoluteUrl(options.origin, options.pathPrefix, path),
        }),
      );
      if (result.problems) {
        problems.push(...result.problems);
        continue;
      }
      // No stamp yet: a one-off build never loads twice, and 4,000 stats cost it 0.1 s. A
      // second load (the dev server's) reads the file once more and stamps it then.
      cache.set(source.file, { text: source.text, issue: result.issue });
      issues.push(result.issue);
    }
    if (problems.length > 0) throw new ContentError(problems);
    return issues;
  };
}
