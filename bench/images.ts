import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";

const WIDTH = 960;
const HEIGHT = 540;

/**
 * A diagram-like PNG, different for every `seed`: boxes, arrows and labels over a gradient, as
 * the weekly's architecture diagrams and screenshots are (sharp renders the SVG). Noise would
 * make every encoder slow and every file large; a flat colour would make them free.
 */
function figure(seed: number): Promise<Buffer> {
  const hue = (seed * 47) % 360;
  const boxes = Array.from({ length: 5 }, (_, i) => {
    const x = 40 + i * 180;
    const y = 120 + ((seed + i * 3) % 5) * 60;
    return `<rect x="${x}" y="${y}" width="140" height="80" rx="8" fill="hsl(${(hue + i * 40) % 360},60%,55%)"/>` +
      `<text x="${x + 70}" y="${y + 48}" font-size="22" text-anchor="middle" fill="#fff">node ${seed}-${i}</text>` +
      (i < 4 ? `<path d="M${x + 140} ${y + 40} L${x + 180} ${120 + ((seed + i * 3 + 3) % 5) * 60 + 40}" stroke="#333" stroke-width="3"/>` : "");
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
<defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue},40%,96%)"/><stop offset="1" stop-color="hsl(${hue},40%,82%)"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/><text x="40" y="70" font-size="36" fill="#222">Figure ${seed}</text>${boxes.join("")}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Two images beside issue `n` in each language's folder (the same bytes: the build processes them once). */
export async function writeFigures(product: string, name: string, n: number): Promise<void> {
  const images = await Promise.all([figure(n * 2), figure(n * 2 + 1)]);
  for (const lang of ["zh-tw", "en"]) {
    const folder = join(product, lang, "issues", name);
    await mkdir(folder, { recursive: true });
    await Promise.all(images.map((bytes, i) => writeFile(join(folder, `figure-${i + 1}.png`), bytes)));
  }
}

/** The markdown that shows them, after the body's first paragraph. */
export const figureMarkdown = (zh: boolean) =>
  zh ? "![架構圖：第一張](figure-1.png)\n\n![流程圖：第二張](figure-2.png)" : "![Architecture, first figure](figure-1.png)\n\n![Flow, second figure](figure-2.png)";
