import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join, sep } from "node:path";
import picomatch from "picomatch";

/** One post of the Hugo site and the images that travel with it. */
export interface FoundPost {
  /** The markdown file. */
  file: string;
  /** The name: the file name without `.md`, or a page bundle's folder name, kept as written. */
  name: string;
  /** The sections it sits in under content/: `["posts"]`. */
  sections: string[];
  /** Image files beside it (a bundle's own, or a same-name folder's), with their paths under that folder. */
  images: { from: string; to: string }[];
}

export interface SkippedFile {
  file: string;
  reason: string;
}

const MARKDOWN = /\.(md|markdown)$/i;
const IMAGES = /\.(png|jpe?g|gif|svg|webp|avif)$/i;

/** Every file under `folder`, relative to it, in a stable order. */
function filesUnder(folder: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).filter((path) => statSync(join(folder, path)).isFile()).sort();
}

function imagesIn(folder: string, skipped: SkippedFile[]): FoundPost["images"] {
  const images: FoundPost["images"] = [];
  for (const path of filesUnder(folder)) {
    if (IMAGES.test(path)) images.push({ from: join(folder, path), to: path.split(sep).join("/") });
    else if (!MARKDOWN.test(path)) skipped.push({ file: join(folder, path), reason: "not an image; copy it by hand if an issue needs it" });
  }
  return images;
}

/**
 * The posts of a Hugo content folder: each markdown file in a section (`posts/x.md`, and a page
 * bundle's `posts/x/index.md`), with the images of its bundle or of a folder of the same name
 * beside it. A section's own page (`_index.md`) and a page outside any section (`about.md`,
 * `search.md`) are not posts; nor is a file whose name `match` (a glob) leaves out.
 */
export function findPosts(content: string, match?: string): { posts: FoundPost[]; skipped: SkippedFile[] } {
  const matches = match === undefined ? () => true : picomatch(match, { nocase: true });
  const posts: FoundPost[] = [];
  const skipped: SkippedFile[] = [];
  const claimed = new Set<string>();
  for (const path of filesUnder(content).filter((file) => MARKDOWN.test(file))) {
    const file = join(content, path);
    const segments = path.split(sep);
    const fileName = segments.pop()!;
    const bundle = /^index\.(md|markdown)$/i.test(fileName) && segments.length > 0;
    const name = bundle ? segments.pop()! : basename(fileName, extname(fileName));
    if ([...claimed].some((folder) => file.startsWith(folder + sep))) continue;
    if (/^_index\./i.test(fileName)) {
      skipped.push({ file, reason: "a section's list page, not a post" });
    } else if (segments.length === 0) {
      skipped.push({ file, reason: "a page outside any section (such as about or search), not a post" });
    } else if (!matches(fileName) && !matches(name)) {
      continue;
    } else {
      const folder = join(content, ...segments, name);
      const hasFolder = existsSync(folder) && statSync(folder).isDirectory();
      if (hasFolder) claimed.add(folder);
      posts.push({ file, name, sections: segments, images: hasFolder ? imagesIn(folder, skipped) : [] });
    }
  }
  return { posts, skipped };
}
