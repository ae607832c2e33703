import { issuePath } from "../../core/paths.ts";
import type { Problem } from "../../core/problems.ts";
import { FrontMatterError, MarkdownSourceError } from "../errors.ts";
import { parseFrontMatter } from "../frontMatter/block.ts";
import { coverParts } from "../frontMatter/schema.ts";
import { lineAt } from "../lines.ts";
import type { ImageFinder } from "../markdown/createMarkdown.ts";
import type { RenderEnv } from "../markdown/env.ts";
import { locateField, type IssueSource } from "../readIssue.ts";
import { resolveImages } from "./resolveImages.ts";
import type { ImageSettings } from "./settings.ts";
import { mayHaveImages, NO_IMAGES, type IssueImages } from "./types.ts";
import type { ImageReference } from "./collect.ts";

/**
 * The `cover:` image, processed like the body's so the share image has its variants; its alt text
 * is the author's or the title (never empty: it is the link preview's, not the page's). A value
 * the schema refuses is left to readIssue to report.
 */
function coverReference(text: string, data: Record<string, unknown>): ImageReference | undefined {
  const { image } = coverParts(data.cover);
  if (typeof image !== "string" || image.trim() === "") return undefined;
  return { source: image.trim(), alt: typeof data.title === "string" ? data.title : "cover", line: locateField(text, "cover").line };
}

/**
 * The images of one issue file, resolved before it is rendered (markdown-it renders
 * synchronously; downloading and processing are not). A file whose front matter or markdown
 * cannot be read has none here: readIssue reports why. A body without `![` has no image, and
 * is not parsed twice.
 */
export async function imagesOfIssue(
  source: IssueSource,
  env: RenderEnv,
  find: () => Promise<ImageFinder>,
  settings: ImageSettings & { contentDir: string },
): Promise<{ images: IssueImages; problems: Problem[] }> {
  const text = source.bytes.toString("utf8");
  if (!mayHaveImages(text)) return { images: NO_IMAGES, problems: [] };
  let references: ImageReference[];
  let cover: ImageReference | undefined;
  try {
    const { data, content: body } = parseFrontMatter(text);
    references = text.includes("![") ? (await find())(body, env, lineAt(text, text.length - body.length)) : [];
    cover = coverReference(text, data);
  } catch (error) {
    if (error instanceof FrontMatterError || error instanceof MarkdownSourceError) return { images: NO_IMAGES, problems: [] };
    throw error;
  }
  const context = { file: source.file, pagePath: issuePath(source.lang, source.name), contentDir: settings.contentDir };
  const [body, covers] = await Promise.all([resolveImages(references, context, settings), resolveImages(cover ? [cover] : [], context, settings)]);
  return { images: withCover(body.images, covers), problems: body.problems };
}

/**
 * The body's images and the cover's. A cover is not on the page: a missing one costs only the
 * link preview, which shows the site's card instead, so it warns rather than fails (issues from
 * Hugo carry covers in folders the import does not bring), and a cover kept remote does not widen
 * the page's `img-src`.
 */
function withCover(images: IssueImages, cover: { images: IssueImages; problems: Problem[] }): IssueImages {
  if (cover.images === NO_IMAGES && cover.problems.length === 0) return images;
  const fallback = (problem: Problem): Problem => ({ ...problem, message: `cover: ${problem.message}; link previews show the site's card meanwhile` });
  return {
    bySource: { ...images.bySource, ...cover.images.bySource },
    files: [...new Set([...images.files, ...cover.images.files])],
    inputs: [...images.inputs, ...cover.images.inputs],
    remoteOrigins: images.remoteOrigins,
    warnings: [...images.warnings, ...cover.images.warnings, ...cover.problems.map(fallback)],
  };
}
