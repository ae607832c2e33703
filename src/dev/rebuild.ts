import { resolve } from "node:path";
import { Catalog } from "../collections/catalog.ts";
import type { Issue } from "../content/issue.ts";
import { createIssueLoader } from "../content/loadIssues.ts";
import { siteUrl } from "../site.ts";
import { affectedIssueFiles } from "./affected.ts";
import { buildAll, buildIssues, buildListings, type BuildTarget } from "./builds.ts";
import type { Changes } from "./changes.ts";
import { OutputMap, removeOutputs } from "./outputs.ts";

export interface RebuildReport {
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
  // The same options as the pages plugin's loader, so both share one cache: an edited
  // file is rendered once per edit, every other file not at all.
  private readonly load: () => Issue[];
  /** The issues as the last good build saw them; none until a build succeeds. */
  private catalog: Catalog | undefined;

  constructor(private readonly target: BuildTarget) {
    this.load = createIssueLoader({ contentDir: target.content, pathPrefix: "/", origin: siteUrl() });
  }

  /** Throws what the build threw (a ContentError for bad front matter); the next call retries. */
  async run(changes: Changes): Promise<RebuildReport> {
    const started = performance.now();
    if (changes.everything || !this.catalog) {
      this.catalog = undefined;
      const written = await buildAll(this.target);
      const removed = this.outputs.update(this.outputs.inputs(), written);
      // Whatever a whole build did not write is gone (an earlier page of a deleted issue).
      await removeOutputs(this.target.output, removed);
      this.catalog = new Catalog(this.load());
      return { written: paths(written), removed, issues: 0, whole: true };
    }
    const after = new Catalog(this.load());
    const issues = affectedIssueFiles(this.catalog, after, changes.issues);
    const writtenIssues = issues.length > 0 ? await buildIssues(this.target, issues) : [];
    const issuesSeconds = (performance.now() - started) / 1000;
    const writtenListings = await buildListings(this.target);
    const removed = [
      ...this.outputs.update([...issues, ...[...changes.issues].map((file) => resolve(file))], writtenIssues),
      // A listing template gone quiet (no tag left) still had its old pages removed.
      ...this.outputs.update(this.outputs.inputs().filter((input) => !input.endsWith(".md")), writtenListings),
    ];
    await removeOutputs(this.target.output, removed);
    this.catalog = after;
    return { written: paths([...writtenIssues, ...writtenListings]), removed, issues: issues.length, issuesSeconds, whole: false };
  }
}

const paths = (pages: { outputPath: string | false }[]) =>
  pages.flatMap((page) => (page.outputPath ? [page.outputPath] : []));

