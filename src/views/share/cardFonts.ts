import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Lang } from "../../core/site.ts";

const require = createRequire(import.meta.url);

/**
 * A font family from the npm registry (Fontsource), split by Unicode range into files, as a
 * browser loads it: Noto Sans TC's CJK is ~100 files of a few thousand glyphs each.
 */
interface FontPackage {
  /** The package's folder in node_modules. */
  root: () => string;
  /** The package's file for one range and weight: `files/<stem>-<range>-<weight>-normal.woff`. */
  file: (range: string, weight: number) => string;
}

const NOTO_SANS_TC: FontPackage = {
  root: () => dirname(require.resolve("@fontsource/noto-sans-tc/package.json")),
  // Its ranges are numbered: "[117]" is files/noto-sans-tc-117-….
  file: (range, weight) => `files/noto-sans-tc-${range.replace(/[[\]]/g, "")}-${weight}-normal.woff`,
};
const NOTO_SANS: FontPackage = {
  root: () => dirname(require.resolve("@fontsource/noto-sans/package.json")),
  file: (range, weight) => `files/noto-sans-${range}-${weight}-normal.woff`,
};

/** Each language's text in its own face first; the other covers what the first lacks. */
const PACKAGES: Record<Lang, FontPackage[]> = { "zh-tw": [NOTO_SANS_TC, NOTO_SANS], en: [NOTO_SANS, NOTO_SANS_TC] };

/** `U+4e00-4e0f,U+4e11` as code point intervals. */
function parseRanges(spec: string): [number, number][] {
  return spec.split(",").map((part) => {
    const [from = "", to] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(from, 16), parseInt(to ?? from, 16)];
  });
}

interface RangeFile {
  pkg: FontPackage;
  range: string;
  intervals: [number, number][];
}

/** Every range file of the language's packages, in the order they are tried. */
function rangeFiles(lang: Lang): RangeFile[] {
  return PACKAGES[lang].flatMap((pkg) => {
    const ranges = JSON.parse(readFileSync(join(pkg.root(), "unicode.json"), "utf8")) as Record<string, string>;
    return Object.entries(ranges).map(([range, spec]) => ({ pkg, range, intervals: parseRanges(spec) }));
  });
}

/** Font files with the characters each must draw, ready to subset. */
export interface FontPart {
  /** The family name the card's markup lists (satori tries them in order, per glyph). */
  family: string;
  path: string;
  weight: 400 | 700;
  chars: string;
}

/**
 * The files that draw `text` at `weight`, each with its characters. A character no file has
 * stops the build: a card would show a gap where it belongs.
 */
export function fontParts(text: string, lang: Lang, weight: 400 | 700, familyPrefix: string): FontPart[] {
  const files = rangeFiles(lang);
  const parts = new Map<RangeFile, string>();
  for (const char of new Set(text)) {
    const code = char.codePointAt(0)!;
    const file = files.find(({ intervals }) => intervals.some(([from, to]) => code >= from && code <= to));
    if (!file) {
      throw new Error(
        `src/core/site.ts: the share card cannot draw "${char}" (U+${code.toString(16).toUpperCase()}) of "${text}": neither Noto Sans TC nor Noto Sans has it; write the site's title and description without it`,
      );
    }
    parts.set(file, (parts.get(file) ?? "") + char);
  }
  return [...parts].map(([file, chars], index) => ({
    family: `${familyPrefix}${index}`,
    path: join(file.pkg.root(), file.pkg.file(file.range, weight)),
    weight,
    chars,
  }));
}

/** The versions of the font packages: a card is drawn again when a font changes. */
export const fontVersions = () =>
  [NOTO_SANS_TC, NOTO_SANS].map((pkg) => (JSON.parse(readFileSync(join(pkg.root(), "package.json"), "utf8")) as { version: string }).version).join(" ");
