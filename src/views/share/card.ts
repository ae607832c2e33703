import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { digestOf } from "../../cache/diskMemo.ts";
import { languages, type Lang } from "../../core/site.ts";
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

/** What the worker needs to draw one card: its markup, its size and its fonts. */
interface CardJob {
  markup: CardNode;
  size: typeof CARD_SIZE;
  parts: FontPart[];
}

function cardJob(title: string, tagline: string, lang: Lang): CardJob {
  const titleFonts = fontParts(title, lang, 700, "title");
  const taglineFonts = fontParts(tagline, lang, 400, "tagline");
  return { markup: cardMarkup(title, tagline, titleFonts, taglineFonts), size: CARD_SIZE, parts: [...titleFonts, ...taglineFonts] };
}

/**
 * Draws cards as PNGs in a worker thread (drawCards.mjs): the fonts subset to each card's
 * glyphs, then satori (SVG) and resvg. Started as the build starts, it draws on the second core
 * while the issues load, and its memory goes with it.
 */
export function drawCards(cards: { title: string; tagline: string; lang: Lang }[]): Promise<Buffer[]> {
  const jobs = cards.map((card) => cardJob(card.title, card.tagline, card.lang));
  return new Promise((resolvePngs, reject) => {
    const worker = new Worker(new URL("./drawCards.mjs", import.meta.url), { workerData: { cards: jobs } });
    worker.once("message", (pngs: Uint8Array[]) => resolvePngs(pngs.map((png) => Buffer.from(png))));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`the share card worker stopped with exit code ${code}`));
    });
  });
}

/** What a card is drawn from besides its text: the fonts' and the drawing libraries' versions. */
const drawingVersions = () =>
  [fontVersions(), ...["satori", "@resvg/resvg-js", "subset-font"].map((name) => (require(`${name}/package.json`) as { version: string }).version)].join(" ");

/**
 * Each language's card, drawn once and kept in `.cache/weekly/` beside the content folder under
 * the digest of its markup (text, colours, layout) and the versions of the fonts and the drawing
 * libraries: a warm build reads ~35 KB a card instead of drawing for ~1 s of CPU.
 */
export async function shareCards(contentDir: string): Promise<Record<Lang, Buffer>> {
  const folder = join(dirname(resolve(contentDir)), ".cache", "weekly");
  const cards = languages.map((lang) => {
    const { title, tagline } = cardText(lang);
    // The markup without fonts holds the text, the colours and the layout.
    const key = digestOf(JSON.stringify([cardMarkup(title, tagline, [], []), drawingVersions()])).slice(0, 16);
    return { lang, title, tagline, path: join(folder, `share-${lang}-${key}.png`), png: readCached(join(folder, `share-${lang}-${key}.png`)) };
  });
  const missing = cards.filter((card) => !card.png);
  const drawn = missing.length > 0 ? await drawCards(missing) : [];
  missing.forEach((card, i) => {
    card.png = drawn[i]!;
    keep(folder, card.lang, card.path, card.png);
  });
  return Object.fromEntries(cards.map((card) => [card.lang, card.png!])) as Record<Lang, Buffer>;
}

function readCached(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Writes a card to the cache, removing the language's older cards. */
function keep(folder: string, lang: Lang, path: string, png: Buffer): void {
  try {
    mkdirSync(folder, { recursive: true });
    for (const old of readdirSync(folder).filter((name) => name.startsWith(`share-${lang}-`))) rmSync(join(folder, old), { force: true });
    // Written aside and renamed, so a build killed mid-write leaves no half a PNG to read.
    writeFileSync(`${path}.tmp`, png);
    renameSync(`${path}.tmp`, path);
  } catch {
    // A read-only or full disk: the next build draws it again.
  }
}
