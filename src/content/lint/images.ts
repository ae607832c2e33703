import { statSync } from "node:fs";
import { join } from "node:path";
import { displayPath } from "../../core/paths.ts";
import type { Note } from "./finding.ts";
import type { Located } from "./tokenLines.ts";
import { altOf, missingAltMessage, soleImagesOfLinks } from "../images/altText.ts";
import { readable, sitePath } from "./urls.ts";

/** Where the files of the site's own images are. */
export interface ImageFolders {
  /** The content folder: an issue's images sit beside it, in `<lang>/issues/<name>/`. */
  contentDir: string;
  /** The folder published as `/assets/`. */
  assetsDir: string;
}

const images = (inline: readonly Located[]) => inline.filter(({ token }) => token.type === "image");

/**
 * Warns of an image without alt text (`![](a.png)`, or one of spaces): a screen reader says
 * nothing, or reads out the file name, where the image says something; and, when the image is
 * all its link holds, that the link has no name of its own.
 */
export function imagesWithoutAlt(inline: readonly Located[]): Note[] {
  const linked = soleImagesOfLinks(inline.map(({ token }) => token));
  return images(inline)
    .filter(({ token }) => altOf(token).trim() === "")
    .map(({ token, line }) => ({ line, message: missingAltMessage(token.attrGet("src") ?? "", linked.get(token)) }));
}

/** The file a site path is published from: `/assets/…` from the assets folder, the rest from content. */
function sourceFile(path: string, folders: ImageFolders): string {
  return path.startsWith("/assets/") ? join(folders.assetsDir, path.slice("/assets/".length)) : join(folders.contentDir, path);
}

/**
 * An error for each image of this site whose file is not there: relative to the page
 * (`![…](diagram.png)` is `<content>/<lang>/issues/<name>/diagram.png`), root-relative, or an
 * address on the site's own origin; and an image with no address at all. Readers would get a
 * broken image. Images on other hosts are not fetched.
 */
export function missingImages(inline: readonly Located[], pagePath: string, folders: ImageFolders): Note[] {
  return images(inline).flatMap(({ token, line }) => {
    const src = token.attrGet("src") ?? "";
    if (src === "") return [{ line, message: `image "${altOf(token)}" has no address; write the image's path between the parentheses: ![…](diagram.png)` }];
    const path = sitePath(src, pagePath);
    if (path === undefined) return [];
    const file = sourceFile(path, folders);
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return [];
    return [{ line, message: `image ${readable(src)} is not there: no file ${displayPath(file)}; put the image there, or correct its path` }];
  });
}
