import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { digestOf, openBuildMemo } from "../cache/diskMemo.ts";
import { processCache } from "../core/processCache.ts";
import { absoluteUrl, displayPath, issuePath } from "../core/paths.ts";
import { warn, type Problem } from "../core/problems.ts";
import { ContentError } from "./errors.ts";
import { keepFeedBody } from "./feedBodies.ts";
import type { Issue } from "./issue.ts";
import { listIssues, type Listed, type Listing } from "./listing.ts";
import type { ImageSettings } from "./images/settings.ts";
import { mayHaveImages, NO_IMAGES, type IssueImages } from "./images/types.ts";
import { sameImages } from "./images/unchanged.ts";
import { loadImageFinder } from "./markdown/lazyRenderer.ts";
import type { RenderEnv } from "./markdown/env.ts";
import type { IssueSource, ReadResult } from "./readIssue.ts";
import { RenderCache, type StoredIssue } from "./renderCache.ts";

export interface LoadOptions {
  /** Folder holding `<lang>/issues/*.md`. */
  contentDir: string;
  pathPrefix: string;
  origin: string;
  /** Where images are cached, and whether the build may download (images/settings.ts). */
  images: ImageSettings;
}

interface Cached {
  /** The digest of the file's bytes: the files themselves are not kept, their issues are. */
  digest: string;
  issue: Issue;
  /** Modification time and size when read, trusted only if the file was old enough then. */
  stamp?: string;
}

interface LoaderState {
  files: Map<string, Cached>;
  /** The last load's listing of the content folder, and the files in it. */
  listed?: { listing: Listing; files: Set<string> };
  /** Rendered issues from earlier builds, until this process has loaded once. */
  disk?: RenderCache;
}

/**
 * One state per process and set of options, not per loader: the dev server starts a new
 * Eleventy (so a new loader) for every edit. Rendering depends on the options.
 */
function stateFor(options: LoadOptions): LoaderState {
  const contentDir = resolve(options.contentDir);
  const states = processCache("issue loaders", () => new Map<string, LoaderState>());
  const key = JSON.stringify([contentDir, options.pathPrefix, options.origin]);
  let state = states.get(key);
  if (!state) {
    const memo = openBuildMemo<StoredIssue>(contentDir, "issues.memo", options);
    states.set(key, (state = { files: new Map(), disk: memo && new RenderCache(memo) }));
  }
  return state;
}

/**
 * A file's modification time and size, or undefined while the file is too recent for them to
 * prove it unchanged: a second save within the file system's clock tick keeps the time.
 */
function fileStamp(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && stat.mtimeMs < Date.now() - 2000 ? `${stat.mtimeMs}:${stat.size}` : undefined;
}

/** A file's result when no rendering is needed, or the source to render. */
type Lookup = ReadResult | { source: IssueSource; digest: string };

/**
 * Reads and renders every issue, reusing the previous result for files whose text is unchanged
 * (the dev server rebuilds on every edit, in one process; a new process has the disk cache).
 * Rejects with one ContentError naming every bad file.
 */
export function createIssueLoader(options: LoadOptions) {
  const state = stateFor(options);

  /**
   * One file from memory if unchanged, else from the disk cache, else its source to render.
   * `changed`: the files (named as listed) that may have changed since the last load; the
   * others are not checked.
   */
  function lookUp(listed: Listed, changed?: ReadonlySet<string>): Lookup {
    const cached = state.files.get(listed.file);
    // The dev server's watcher names the files saved: checking the times of the 4,000 others
    // took ~35 ms of each edit.
    if (cached && changed && !changed.has(listed.file)) return { issue: cached.issue };
    // Reading thousands of files was most of a dev-server rebuild; unchanged ones are skipped.
    const stamp = cached && fileStamp(listed.file);
    // An image edited beside its issue re-renders the issue as an edit of the issue would.
    if (cached?.stamp !== undefined && cached.stamp === stamp && sameImages(cached.issue.images)) return { issue: cached.issue };
    const source = { ...listed, bytes: readFileSync(listed.file) };
    const digest = digestOf(source.bytes);
    if (cached?.digest === digest && sameImages(cached.issue.images)) {
      cached.stamp = stamp;
      return { issue: cached.issue };
    }
    const stored = state.disk?.get(source.file, source.bytes, digest);
    if (!stored || !sameImages(stored.images)) return { source, digest };
    state.files.set(source.file, { digest, issue: stored });
    return { issue: stored };
  }

  /**
   * The images of the files to render; sharp, eleventy-img and eleventy-fetch load only if one
   * of them has an image (`![`), so a build without images never pays for them.
   */
  async function resolveImagesOf(sources: IssueSource[], envOf: (source: IssueSource) => RenderEnv) {
    const none = { images: NO_IMAGES as IssueImages, problems: [] as Problem[] };
    if (!sources.some((source) => mayHaveImages(source.bytes))) return sources.map(() => none);
    const { imagesOfIssue } = await import("./images/issueImages.ts");
    const settings = { ...options.images, contentDir: options.contentDir };
    return Promise.all(sources.map((source) => imagesOfIssue(source, envOf(source), loadImageFinder, settings)));
  }

  /**
   * Parses, checks and renders the files no cache had (render/renderIssues.ts), each page with
   * its feed body, which waits for the model (feedBodies.ts); the renderer loads only for them.
   */
  async function render(misses: { source: IssueSource; digest: string }[]): Promise<ReadResult[]> {
    if (misses.length === 0) return [];
    const envOf = (source: IssueSource): RenderEnv => ({
      lang: source.lang,
      target: "page",
      pathPrefix: options.pathPrefix,
      pageUrl: absoluteUrl(options.origin, options.pathPrefix, issuePath(source.lang, source.name)),
    });
    const images = await resolveImagesOf(misses.map(({ source }) => source), envOf);
    const tasks = misses.map(({ source }, index) => ({ source, env: { ...envOf(source), images: images[index]!.images.bySource } }));
    const { renderIssues } = await import("./render/renderIssues.ts");
    const rendered = await renderIssues(tasks);
    return misses.map(({ source, digest }, index) => {
      const { images: found, problems } = images[index]!;
      const { result, feed } = rendered[index]!;
      if (problems.length > 0) return { problems: [...(result.problems ?? []), ...problems] };
      if (result.issue) {
        result.issue.images = found;
        if (feed !== undefined) keepFeedBody(result.issue, tasks[index]!.env.pageUrl, feed);
        // No stamp yet: a one-off build never loads twice, and 4,000 stats cost it 0.1 s. A
        // second load (the dev server's) reads the file once more and stamps it then.
        state.files.set(source.file, { digest, issue: result.issue });
        // A remote image kept remote is tried again by the next build.
        if (found.remoteOrigins.length === 0) state.disk?.set(source.file, source.bytes, digest, result.issue);
      }
      return result;
    });
  }

  /**
   * The content folder's issue files: the last load's listing when the only files that may have
   * changed are in it and still there (an edit, not a file added or deleted), else a new walk,
   * which took 10–40 ms of each dev-server edit at 4,000 issues.
   */
  function listingFor(changed?: ReadonlySet<string>): Listing {
    const last = state.listed;
    if (last && changed && [...changed].every((file) => last.files.has(file) && existsSync(file))) return last.listing;
    const listing = listIssues(options.contentDir);
    state.listed = { listing, files: new Set(listing.sources.map((source) => source.file)) };
    return listing;
  }

  /**
   * `changed`: the absolute paths of the only issue files that may have changed (or whose images
   * may have) since the last load; without it, every file is checked.
   */
  return async function loadIssues(changed?: ReadonlySet<string>): Promise<Issue[]> {
    // As the listing names files, not resolved: resolving 4,000 paths took ~8 ms.
    const named = changed && new Set([...changed].map(displayPath));
    const listing = listingFor(named);
    for (const file of listing.unpublished) warn(file);
    const lookups = listing.sources.map((source) => lookUp(source, named));
    const rendered = await render(lookups.filter((lookup) => "source" in lookup));
    const results = lookups.map((lookup) => ("source" in lookup ? (rendered.shift() as ReadResult) : lookup));
    const problems: Problem[] = [...listing.problems];
    const issues: Issue[] = [];
    for (const result of results) {
      if (result.problems) problems.push(...result.problems);
      else issues.push(result.issue);
    }
    // Every build says them, the ones whose issue came from a cache too.
    for (const issue of issues) issue.images.warnings.forEach(warn);
    // Saved after the first load only (see openBuildMemo); later loads use the memory cache.
    state.disk?.save();
    state.disk = undefined;
    if (problems.length > 0) throw new ContentError(problems);
    return issues;
  };
}
