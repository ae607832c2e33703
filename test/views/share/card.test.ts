import { mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { site } from "../../../src/core/site.ts";
import { drawCards, shareCards } from "../../../src/views/share/card.ts";
import { fontParts } from "../../../src/views/share/cardFonts.ts";
import { decodePng, type Pixels } from "../../support/png.ts";

/** The title's band of the card: where the site's name is drawn. */
const TITLE = { left: 96, right: 1104, top: 200, bottom: 330 };

/** Pixels of the title's band dark enough to be glyphs (text is #1f2328 on white). */
function darkPixels(card: Pixels): number {
  let count = 0;
  for (let y = TITLE.top; y < TITLE.bottom; y++) {
    for (let x = TITLE.left; x < TITLE.right; x++) if (card.luma(x, y) < 96) count++;
  }
  return count;
}

/** A fingerprint of the title band: two different glyph runs give different ones; tofu boxes the same. */
function bandSignature(card: Pixels): string {
  const rows: string[] = [];
  for (let y = TITLE.top; y < TITLE.bottom; y += 4) {
    let row = "";
    for (let x = TITLE.left; x < TITLE.right; x += 4) row += card.luma(x, y) < 96 ? "#" : ".";
    rows.push(row);
  }
  return rows.join("\n");
}

/** Draws cards with these titles in one worker, as a build does. */
const draw = async (...titles: string[]) => (await drawCards(titles.map((title) => ({ title, tagline: "副標。", lang: "zh-tw" as const })))).map(decodePng);

describe("the share card", () => {
  it("is a 1200×630 PNG with the site's name drawn in its title band", async () => {
    const langs = ["zh-tw", "en"] as const;
    const cards = await drawCards(langs.map((lang) => ({ title: site.title[lang], tagline: site.description[lang], lang })));
    for (const card of cards.map(decodePng)) {
      expect({ width: card.width, height: card.height }).toEqual({ width: 1200, height: 630 });
      expect(darkPixels(card)).toBeGreaterThan(5000);
    }
  });

  it("draws CJK glyphs, not blanks or tofu: rare characters show, and differ from one another", async () => {
    // A missing glyph draws nothing in satori, like an ideographic space; tofu would draw the same box each time.
    const [blank, first, second] = await draw("\u3000\u3000\u3000\u3000", "鬱龜麟鑿", "鸚鵡籲鑽");
    expect(darkPixels(blank!)).toBe(0);
    expect(darkPixels(first!)).toBeGreaterThan(5000);
    expect(darkPixels(second!)).toBeGreaterThan(5000);
    expect(bandSignature(first!)).not.toBe(bandSignature(second!));
  });

  it("takes each character from the language's own face first, and names a character no font has", () => {
    const faces = fontParts("Rust 週報", "en", 700, "t").map((part) => /files\/(noto-sans(?:-tc)?)-/.exec(part.path)?.[1]);
    expect(faces[0]).toBe("noto-sans");
    expect(faces.slice(1).every((face) => face === "noto-sans-tc")).toBe(true);
    expect(fontParts("週", "zh-tw", 400, "t")[0]?.path).toMatch(/noto-sans-tc-\d+-400-normal\.woff$/);
    expect(() => fontParts("a\uE000", "en", 400, "t")).toThrow(/src\/core\/site\.ts: the share card cannot draw "\uE000" \(U\+E000\)/);
  });

  it("is kept in .cache/weekly/ and read from there by the next build", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-card-"));
    const contentDir = join(root, "content");
    const drawn = await shareCards(contentDir);
    const folder = join(root, ".cache", "weekly");
    const files = (await readdir(folder)).sort();
    expect(files).toEqual([expect.stringMatching(/^share-en-[\w-]{16}\.png$/), expect.stringMatching(/^share-zh-tw-[\w-]{16}\.png$/)]);
    expect(decodePng(drawn.en).width).toBe(1200);
    // What the cache holds is what the next build publishes, without drawing.
    await writeFile(join(folder, files[0]!), "kept");
    expect((await shareCards(contentDir)).en.toString()).toBe("kept");
  });
});
