import { issuePath } from "../../core/paths.ts";
import type { Problem } from "../../core/problems.ts";
import { FrontMatterError, MarkdownSourceError } from "../errors.ts";
import { parseFrontMatter } from "../frontMatter/block.ts";
import { lineAt } from "../lines.ts";
import type { ImageFinder } from "../markdown/createMarkdown.ts";
import type { RenderEnv } from "../markdown/env.ts";
import type { IssueSource } from "../readIssue.ts";
import { resolveImages } from "./resolveImages.ts";
import type { ImageSettings } from "./settings.ts";
import { NO_IMAGES, type IssueImages } from "./types.ts";

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
  if (!text.includes("![")) return { images: NO_IMAGES, problems: [] };
  let references;
  try {
    const body = parseFrontMatter(text).content;
    references = (await find())(body, env, lineAt(text, text.length - body.length));
  } catch (error) {
    if (error instanceof FrontMatterError || error instanceof MarkdownSourceError) return { images: NO_IMAGES, problems: [] };
    throw error;
  }
  const context = { file: source.file, pagePath: issuePath(source.lang, source.name), contentDir: settings.contentDir };
  return resolveImages(references, context, settings);
}
