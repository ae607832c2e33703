import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import Image from "@11ty/eleventy-img";
import sharp from "sharp";
import { IMAGE_URL_PATH } from "./published.ts";
import type { ImageResult, Variant } from "./types.ts";

/**
 * Phones get the 640 px variant, wide screens and dense phones the 1280 px one (never wider
 * than the original); the column is 44rem (assets/site.css).
 */
const WIDTHS = [640, 1280];

// AVIF at effort 2, not sharp's 4: a third of the CPU (0.20 s against 0.62 s for a 960 px
// diagram, the same 4.1 KB; 0.47 s against 2.3 s and 20 % larger for a noisy image).
const AVIF = { effort: 2 };

export interface Processed {
  result: ImageResult;
  /** File names in the image cache folder, published under /img/. */
  files: string[];
}

/** The format browsers without AVIF and WebP, and every feed reader, get. */
function fallbackFormat(meta: sharp.Metadata): string {
  if (meta.format === "gif") return "gif";
  if (meta.format === "png" || meta.hasAlpha) return "png";
  return "jpeg";
}

type ImageVariant = Awaited<ReturnType<typeof Image>>[string][number];

const variants = (list: ImageVariant[]): Variant[] => list.map(({ url, width }) => ({ url, width }));

function asResult(stats: Record<string, ImageVariant[]>, fallback: string): Processed {
  const files = Object.values(stats).flatMap((list) => list.map((variant) => variant.filename));
  const svg = stats.svg?.[0];
  if (svg) return { result: { kind: "file", url: svg.url, width: svg.width, height: svg.height }, files };
  const widest = stats[fallback]!.at(-1)!;
  const sources = ["avif", "webp"]
    .filter((format) => format !== fallback && stats[format])
    .map((format) => ({ type: `image/${format}`, variants: variants(stats[format]!) }));
  const picture: ImageResult = {
    kind: "picture",
    width: widest.width,
    height: widest.height,
    sources,
    fallback: { type: `image/${fallback}`, variants: variants(stats[fallback]!) },
  };
  return { result: picture, files };
}

/**
 * An image's variants, made by @11ty/eleventy-img (sharp) into `folder` and remembered there by
 * the digest of the image's bytes, so an unchanged image costs one small file read on the next
 * build, whichever issue it is in. Undefined if sharp cannot read it.
 */
export async function processImage(input: string | Buffer, digest: string, folder: string): Promise<Processed | undefined> {
  const memo = join(folder, `${digest}.json`);
  if (existsSync(memo)) {
    const known = JSON.parse(readFileSync(memo, "utf8")) as Processed;
    if (known.files.every((file) => existsSync(join(folder, file)))) return known;
  }
  let processed: Processed;
  try {
    // Animated GIFs stay animated (as WebP and GIF; eleventy-img drops AVIF for them).
    const meta = await sharp(input, { animated: true }).metadata();
    const fallback = fallbackFormat(meta);
    const formats = meta.format === "svg" ? ["svg"] : ["avif", "webp", fallback];
    const stats = await Image(input, { widths: WIDTHS, formats, outputDir: folder, urlPath: IMAGE_URL_PATH, sharpOptions: { animated: true }, sharpAvifOptions: AVIF });
    processed = asResult(stats, fallback);
  } catch {
    return undefined;
  }
  writeFileSync(memo, JSON.stringify(processed));
  return processed;
}

/** A local file sharp cannot read, copied as it is under a name its digest makes unique. */
export function copyAsIs(file: string, digest: string, folder: string): Processed {
  const name = `${digest.slice(0, 10)}-${basename(file)}`;
  mkdirSync(folder, { recursive: true });
  if (!existsSync(join(folder, name))) copyFileSync(file, join(folder, name));
  return { result: { kind: "file", url: `${IMAGE_URL_PATH}${name}` }, files: [name] };
}
