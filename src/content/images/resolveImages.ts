import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { digestOf } from "../../cache/diskMemo.ts";
import { displayPath } from "../../core/paths.ts";
import type { Problem } from "../../core/problems.ts";
import { site } from "../../core/site.ts";
import { readable, sitePath } from "../lint/urls.ts";
import { missingAltMessage } from "./altText.ts";
import type { ImageReference } from "./collect.ts";
import { download } from "./download.ts";
import { copyAsIs, processImage, type Processed } from "./process.ts";
import type { ImageSettings } from "./settings.ts";
import type { ImageResult, IssueImages } from "./types.ts";

/** The issue an image is in: its file (for messages), its page's path, and the content folder. */
export interface ImageContext {
  file: string;
  pagePath: string;
  contentDir: string;
}

type Resolved = { processed?: Processed; input?: { path: string; digest: string }; problem?: string; warning?: string };

const isRemote = (source: string) => /^https?:\/\//i.test(source) && new URL(source).origin !== new URL(site.url).origin;

async function resolveRemote(url: string, settings: ImageSettings, folder: string): Promise<Resolved> {
  const got = await download(url, settings);
  const keep = (reason: string): Resolved => ({
    processed: { result: { kind: "remote", url }, files: [] },
    warning: `image ${readable(url)} is shown from its own host, as it could not be self-hosted: ${reason}. Readers of this page will request it there; run npm run vendor-images to keep a copy in the issue's folder`,
  });
  if ("reason" in got) return keep(got.reason);
  const processed = await processImage(got.bytes, digestOf(got.bytes), folder);
  return processed ? { processed } : keep("it is not an image sharp can read");
}

async function resolveLocal(source: string, path: string, context: ImageContext, folder: string): Promise<Resolved> {
  const file = join(context.contentDir, path);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
    return { problem: `image ${readable(source)} is not there: no file ${displayPath(file)}; put the image there, or correct its path` };
  }
  const bytes = readFileSync(file);
  const input = { path: file, digest: digestOf(bytes) };
  const processed = await processImage(file, input.digest, folder);
  if (processed) return { processed, input };
  return {
    processed: copyAsIs(file, input.digest, folder),
    input,
    warning: `image ${readable(source)} is not an image sharp can read (${displayPath(file)}); it is published as it is, without sizes or modern formats`,
  };
}

/** One address: remote, a file of the site's content, or something left as written (data:, /assets/). */
function resolveOne(source: string, context: ImageContext, settings: ImageSettings): Promise<Resolved> {
  const folder = join(settings.cacheDir, "images");
  if (isRemote(source)) return resolveRemote(source, settings, folder);
  const path = sitePath(source, context.pagePath);
  if (path === undefined || path.startsWith("/assets/")) return Promise.resolve({});
  return resolveLocal(source, path, context, folder);
}

function altWarning(reference: ImageReference): string | undefined {
  return reference.alt.trim() === "" ? missingAltMessage(reference.source, reference.linkHref) : undefined;
}

/**
 * Every image of one issue, ready to render: local files and downloads processed (process.ts),
 * failed downloads kept remote with a warning, a missing file a problem (the build fails).
 */
export async function resolveImages(references: ImageReference[], context: ImageContext, settings: ImageSettings): Promise<{ images: IssueImages; problems: Problem[] }> {
  const sources = [...new Set(references.map((reference) => reference.source))].filter((source) => source !== "");
  const resolved = new Map(await Promise.all(sources.map(async (source) => [source, await resolveOne(source, context, settings)] as const)));
  const bySource: Record<string, ImageResult> = {};
  const images: IssueImages = { bySource, files: [], inputs: [], remoteOrigins: [], warnings: [] };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const reference of references) {
    const at = { file: context.file, line: reference.line };
    const alt = altWarning(reference);
    if (alt) images.warnings.push({ ...at, message: alt });
    const found = resolved.get(reference.source);
    if (!found) continue;
    if (found.problem) problems.push({ ...at, message: found.problem });
    if (found.warning) images.warnings.push({ ...at, message: found.warning });
    if (!found.processed || seen.has(reference.source)) continue;
    seen.add(reference.source);
    const { result, files } = found.processed;
    bySource[reference.source] = result;
    images.files.push(...files);
    if (found.input) images.inputs.push(found.input);
    if (result.kind === "remote") images.remoteOrigins.push(new URL(result.url).origin);
  }
  images.remoteOrigins = [...new Set(images.remoteOrigins)];
  return { images, problems };
}
