import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { Catalog } from "../model/catalog.ts";
import { relatedIssues } from "../model/related.ts";
import type { Issue } from "../content/issue.ts";
import { imageSettings } from "../content/images/settings.ts";
import { createIssueLoader } from "../content/loadIssues.ts";
import { siteUrl } from "../core/site.ts";
import { affectedIssueFiles, relatedChangedFiles } from "./affected.ts";
import { buildAll, isIssuePage, renderIssues, renderListings, type BuildTarget } from "../eleventy/builds.ts";
import type { Changes } from "./changes.ts";
import { OutputMap, removeOrphans, removeOutputs } from "./outputs.ts";
import { ChangedPageWriter } from "./writer.ts";

export interface RebuildReport {
  /** Files written: all in a whole build, those whose content changed in a partial one. */
  written: string[];
  removed: string[];
  /** Issue pages rendered before the listings (none in a whole build). */
  issues: number;
  /** Seconds until the affected issue pages were on disk. */
  issuesSeconds?: number;
  whole: boolean;
}

/**
 * The dev server's builds, one at a time, in one process: a whole build first (and after a
 * layout or asset edit), then, per issue edit, the affected issue pages and the listings.
 */
export class Rebuilder {
  private readonly outputs = new OutputMap();
  private readonly writer = new ChangedPageWriter();
  private readonly load: () => Promise<Issue[]>;
  /** The issues as the last good build saw them; none until a build succeeds. */
  private catalog: Catalog | undefined;
  /** The related issues of `catalog`'s issues, to tell which pages an edit changes. */
  private related: ReadonlyMap<Issue, Issue[]> = new Map();
  /**
   * Eleventy may reuse the layouts and templates it has read (builds.ts) until a whole rebuild
   * is asked for after the first build: only an edit to a layout, an asset, a template or a
   * content folder asks for one.
   */
  private reuseTemplates = true;
  private firstBuildStarted = false;

  /** `keep`: files in the output folder that no build writes but must stay. */
  constructor(
    private readonly target: BuildTarget,
    private readonly keep: string[] = [],
  ) {
    // The same options as the pages plugin's loader, so both share one cache: an edited
    // file is rendered once per edit, every other file not at all.
    this.load = createIssueLoader({ contentDir: target.content, pathPrefix: "/", origin: siteUrl(), images: imageSettings(target.content) });
  }

  /** Throws what the build threw (a ContentError for bad front matter); the next call retries. */
  async run(changes: Changes): Promise<RebuildReport> {
    const started = performance.now();
    if (changes.everything && this.firstBuildStarted) this.reuseTemplates = false;
    this.firstBuildStarted = true;
    const target = { ...this.target, reuseTemplates: this.reuseTemplates };
    if (changes.everything || !this.catalog) {
      this.catalog = undefined;
      const { pages, copied } = await buildAll(target);
      this.writer.remember(pages);
      this.outputs.update(this.outputs.inputs(), pages.filter((page) => !isIssuePage(page)));
      const written = pages.flatMap((page) => (page.outputPath ? [resolve(page.outputPath)] : []));
      // Whatever a whole build did not write is gone: an issue deleted while the server was
      // stopped, or since the last whole build.
      const kept = [...written, ...copied, ...this.keep, ...(await this.images())];
      const removed = await this.remove(await removeOrphans(this.target.output, new Set(kept)));
      this.catalog = new Catalog(await this.load());
      this.related = relatedIssues(this.catalog, siteUrl());
      // A listings build right away, while nobody waits: the first edit no longer pays for the
      // whole build's garbage and the sitemap's view of every issue (its page took 1.5 s, not 0.5).
      await this.writer.write(await renderListings(target));
      return { written, removed, issues: 0, whole: true };
    }
    const after = new Catalog(await this.load());
    const related = relatedIssues(after, siteUrl());
    const issues = [...new Set([...affectedIssueFiles(this.catalog, after, changes.issues), ...relatedChangedFiles(this.related, related, after)])].sort();
    const issuePages = issues.length > 0 ? await renderIssues(target, issues) : [];
    const written = await this.writer.write(issuePages);
    const issuesSeconds = (performance.now() - started) / 1000;
    const listings = await renderListings(target);
    written.push(...(await this.writer.write(listings)));
    const removed = await this.remove([
      ...this.pagesOfRemovedIssues(after),
      // A listing template that writes fewer pages (a tag no issue carries) loses the others.
      ...this.outputs.update(this.outputs.inputs(), listings),
    ]);
    this.catalog = after;
    this.related = related;
    return { written, removed, issues: issues.length, issuesSeconds, whole: false };
  }

  /**
   * The processed images in the output, which the pages plugin puts there after the pages
   * (src/content/images/publish.ts); their names are their content's hash, so none is stale.
   */
  private async images(): Promise<string[]> {
    const folder = resolve(this.target.output, "img");
    return (await readdir(folder).catch(() => [])).map((name) => join(folder, name));
  }

  /** The pages of issues the last build had and `after` has not: deleted or renamed files. */
  private pagesOfRemovedIssues(after: Catalog): string[] {
    const gone = this.catalog?.issues.filter((issue) => !after.issueAt(issue.file)) ?? [];
    return gone.map((issue) => resolve(join(this.target.output, issue.path, "index.html")));
  }

  private async remove(files: string[]): Promise<string[]> {
    await removeOutputs(this.target.output, files);
    for (const file of files) this.writer.forget(file);
    return files;
  }
}
