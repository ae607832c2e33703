import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { digestOf } from "../../cache/diskMemo.ts";
import type { Lang } from "../../core/site.ts";
import { fontParts, fontVersions, type FontPart } from "./cardFonts.ts";
import { CARD_SIZE, cardText } from "./shareImage.ts";

const require = createRequire(import.meta.url);

/** satori's markup: React elements written as plain objects, so no JSX build step. */
interface CardNode {
  type: "div";
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

const div = (style: CardNode["props"]["style"], children?: CardNode["props"]["children"]): CardNode => ({ type: "div", props: { style, children } });

/** The site's light theme (assets/site.css): text 15:1 and tagline 6.4:1 on white. */
const COLOURS = { bg: "#ffffff", fg: "#1f2328", muted: "#57606a", accent: "#0b57d0" };
const MARGIN = 96;

/** The card: an accent bar, the site's name, its tagline; each text's fonts listed by family. */
function cardMarkup(title: string, tagline: string, titleFonts: FontPart[], taglineFonts: FontPart[]): CardNode {
  const families = (parts: FontPart[]) => parts.map((part) => part.family).join(", ");
  // satori sizes a column's children to the card's width, margins or not: each text gets its own.
  const width = CARD_SIZE.width - 2 * MARGIN;
  return div(
    { ...CARD_SIZE, display: "flex", flexDirection: "column", justifyContent: "center", paddingLeft: MARGIN, background: COLOURS.bg, borderTop: `24px solid ${COLOURS.accent}` },
    [
      div({ width, fontFamily: families(titleFonts), fontWeight: 700, fontSize: 104, lineHeight: 1.2, color: COLOURS.fg }, title),
      div({ width, fontFamily: families(taglineFonts), fontWeight: 400, fontSize: 44, lineHeight: 1.5, textWrap: "balance", color: COLOURS.muted, marginTop: 32 }, tagline),
    ],
  );
}

/** Draws the card as a PNG: the fonts subset to the card's glyphs, then satori (SVG) and resvg. */
export async function drawCard(title: string, tagline: string, lang: Lang): Promise<Buffer> {
  const [{ default: satori }, { Resvg }, { default: subsetFont }] = await Promise.all([
    import("satori"),
    import("@resvg/resvg-js"),
    import("subset-font"),
  ]);
  const titleFonts = fontParts(title, lang, 700, "title");
  const taglineFonts = fontParts(tagline, lang, 400, "tagline");
  // satori reads TrueType, OpenType and WOFF, not WOFF2; a subset of a few dozen glyphs is ~2 KB.
  const fonts = await Promise.all(
    [...titleFonts, ...taglineFonts].map(async (part) => ({
      name: part.family,
      weight: part.weight,
      style: "normal" as const,
      data: await subsetFont(readFileSync(part.path), part.chars, { targetFormat: "truetype" }),
    })),
  );
  // `as never`: satori types its input as a React node, which these plain objects are.
  const svg = await satori(cardMarkup(title, tagline, titleFonts, taglineFonts) as never, { ...CARD_SIZE, fonts });
  // satori has drawn the text as paths: resvg needs no fonts, and scanning the system's took
  // ~0.2 s of CPU per card.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** What a card is drawn from besides its text: the fonts' and the drawing libraries' versions. */
const drawingVersions = () =>
  [fontVersions(), ...["satori", "@resvg/resvg-js", "subset-font"].map((name) => (require(`${name}/package.json`) as { version: string }).version)].join(" ");

/**
 * A language's card, drawn once and kept in `.cache/weekly/` beside the content folder under
 * the digest of its markup (text, colours, layout) and the versions of the fonts and the drawing
 * libraries: a
 * warm build reads ~30 KB instead of drawing for ~1 s.
 */
export async function shareCard(lang: Lang, contentDir: string): Promise<Buffer> {
  const { title, tagline } = cardText(lang);
  const folder = join(dirname(resolve(contentDir)), ".cache", "weekly");
  // The markup without fonts holds the text, the colours and the layout.
  const key = digestOf(JSON.stringify([cardMarkup(title, tagline, [], []), drawingVersions()])).slice(0, 16);
  const path = join(folder, `share-${lang}-${key}.png`);
  try {
    return readFileSync(path);
  } catch {
    // Not drawn yet, or for another text: drawn below.
  }
  const png = await drawCard(title, tagline, lang);
  try {
    mkdirSync(folder, { recursive: true });
    for (const old of readdirSync(folder).filter((name) => name.startsWith(`share-${lang}-`))) rmSync(join(folder, old), { force: true });
    // Written aside and renamed, so a build killed mid-write leaves no half a PNG to read.
    writeFileSync(`${path}.tmp`, png);
    renameSync(`${path}.tmp`, path);
  } catch {
    // A read-only or full disk: the next build draws it again.
  }
  return png;
}
