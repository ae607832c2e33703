// Draws share cards in a worker thread (card.ts starts it): plain JavaScript, so the worker
// needs no TypeScript loader. The drawing libraries' WebAssembly memory (~130 MiB) goes when
// the worker ends, instead of staying in the build's process until its peak.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import satori from "satori";
import { Resvg } from "@resvg/resvg-js";
import subsetFont from "subset-font";

/** @param {{ markup: object, size: { width: number, height: number }, parts: { family: string, path: string, weight: number, chars: string }[] }} card */
async function draw(card) {
  // satori reads TrueType, OpenType and WOFF, not WOFF2; a subset of a few dozen glyphs is ~2 KB.
  const fonts = await Promise.all(
    card.parts.map(async (part) => ({
      name: part.family,
      weight: part.weight,
      style: "normal",
      data: await subsetFont(readFileSync(part.path), part.chars, { targetFormat: "truetype" }),
    })),
  );
  const svg = await satori(card.markup, { ...card.size, fonts });
  // satori has drawn the text as paths: resvg needs no fonts, and scanning the system's took
  // ~0.2 s of CPU per card.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

const pngs = [];
for (const card of workerData.cards) pngs.push(await draw(card));
parentPort.postMessage(pngs);
