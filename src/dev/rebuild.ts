import { readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createBuildModel, type BuildModel } from "../model/buildModel.ts";
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
  /** Seconds until the edited issues' own pages were on disk, the first written. */
  editedSeconds?: number;
  whole: boolean;
}

/** What a rebuild keeps of the last good build's model: enough to tell which pages an edit changes. */
type Seen = Pick<BuildModel, "catalog" | "related">;

/**
 * The dev server's builds, one at a time, in one process: a whole build first (and after a
 * layout or asset edit), then, per issue edit, one model, from which the edited issues' pages
 * are rendered and written first, then the other issue pages the edit alters, then the listings.
 */
export class Rebuilder {
  private readonly outputs = new OutputMap();
  private readonly writer = new ChangedPageWriter();
  private readonly load: (changed?: ReadonlySet<string>) => Promise<Issue[]>;
  /** None until a build succeeds. */
  private seen: Seen | undefined;
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
    if (changes.everything && this.firstBuildStarted) this.reuseTemplates = false;
    this.firstBuildStarted = true;
    const target = { ...this.target, reuseTemplates: this.reuseTemplates };
    if (changes.everything || !this.seen) return this.whole(target);
    return this.partial(target, changes.issues, this.seen);
  }

  /** Every page, by Eleventy; then what it did not write is removed. */
  private async whole(target: BuildTarget): Promise<RebuildReport> {
    this.seen = undefined;
    const { pages, copied } = await buildAll(target);
    this.writer.remember(pages);
    this.outputs.update(this.outputs.inputs(), pages.filter((page) => !isIssuePage(page)));
    const written = pages.flatMap((page) => (page.outputPath ? [resolve(page.outputPath)] : []));
    // Whatever a whole build did not write is gone: an issue deleted while the server was
    // stopped, or since the last whole build.
    const kept = [...written, ...copied, ...this.keep, ...(await this.images())];
    const removed = await this.remove(await removeOrphans(this.target.output, new Set(kept)));
    const model = await this.makeModel();
    // A listings build right away, while nobody waits: the first edit no longer pays for the
    // whole build's garbage and the sitemap's view of every issue (its page took 1.5 s, not 0.5).
    await this.writer.write(await renderListings(target, model));
    this.seen = { catalog: model.catalog, related: model.related };
    return { written, removed, issues: 0, whole: true };
  }

  /**
   * The pages an edit of `edited` alters, all from one model: the edited issues' own pages
   * first, since that is what the author looks at, then their neighbours, translations and the
   * pages whose related issues changed, then the listings.
   */
  private async partial(target: BuildTarget, edited: Set<string>, before: Seen): Promise<RebuildReport> {
    const started = performance.now();
    const after = await this.makeModel(edited);
    const own = [...edited].filter((file) => after.catalog.issueAt(file)).sort();
    const written = await this.writeIssues(target, own, after);
    const editedSeconds = (performance.now() - started) / 1000;
    const altered = [
      ...affectedIssueFiles(before.catalog, after.catalog, edited),
      ...relatedChangedFiles(before.related, after.related, after.catalog),
    ];
    const others = [...new Set(altered)].filter((file) => !own.includes(file)).sort();
    written.push(...(await this.writeIssues(target, others, after)));
    const listings = await renderListings(target, after);
    written.push(...(await this.writer.write(listings)));
    const removed = await this.remove([
      ...this.pagesOfRemovedIssues(before, after),
      // A listing template that writes fewer pages (a tag no issue carries) loses the others.
      ...this.outputs.update(this.outputs.inputs(), listings),
    ]);
    this.seen = { catalog: after.catalog, related: after.related };
    return { written, removed, issues: own.length + others.length, editedSeconds, whole: false };
  }

  /**
   * The model of the issues as they are now, as the pages plugin makes it when Eleventy serves
   * (drafts shown). `changed`: the only files that may differ from the last load, when known.
   */
  private async makeModel(changed?: ReadonlySet<string>): Promise<BuildModel> {
    const options = { contentDir: this.target.content, origin: siteUrl(), pathPrefix: "/", mode: "development", now: new Date() } as const;
    return createBuildModel(await this.load(changed), options);
  }

  /** Renders these issues' pages and writes those that changed; returns what it wrote. */
  private async writeIssues(target: BuildTarget, files: string[], model: BuildModel): Promise<string[]> {
    return files.length > 0 ? this.writer.write(await renderIssues(target, files, model)) : [];
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
  private pagesOfRemovedIssues(before: Seen, after: BuildModel): string[] {
    const gone = before.catalog.issues.filter((issue) => !after.catalog.issueAt(issue.file));
    return gone.map((issue) => resolve(join(this.target.output, issue.path, "index.html")));
  }

  private async remove(files: string[]): Promise<string[]> {
    await removeOutputs(this.target.output, files);
    for (const file of files) this.writer.forget(file);
    return files;
  }
}
