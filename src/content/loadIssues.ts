import { readdirSync, readFileSync } from "node:fs";
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

function listSources(contentDir: string): IssueSource[] {
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
      return { file, lang, name: entry.slice(0, -3), text: readFileSync(file, "utf8") };
    });
  });
}

// One cache per process, not per loader: the dev server starts a new Eleventy (so a new
// loader) for every edit. Rendering depends on the options, so each set has its own.
const caches = new Map<string, Map<string, { text: string; issue: Issue }>>();

function cacheFor(options: LoadOptions): Map<string, { text: string; issue: Issue }> {
  const key = JSON.stringify([resolve(options.contentDir), options.pathPrefix, options.origin]);
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new Map()));
  return cache;
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
    for (const source of listSources(options.contentDir)) {
      const cached = cache.get(source.file);
      if (cached?.text === source.text) {
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
      cache.set(source.file, { text: source.text, issue: result.issue });
      issues.push(result.issue);
    }
    if (problems.length > 0) throw new ContentError(problems);
    return issues;
  };
}
