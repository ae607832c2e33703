import { readFileSync } from "node:fs";
import type { RenderEnv } from "../../../src/content/markdown/env.ts";

/** One spec case: markdown in, the HTML it must render to. */
export interface FixtureCase {
  title: string;
  env: RenderEnv;
  markdown: string;
  html: string;
}

/**
 * Reads a fixture file: cases start with `@@@ title`, optionally `@@@ en feed: title` to
 * render in English or for feeds; a line `=>` separates the markdown from the expected HTML.
 * Lines before the first case are a comment for the reader.
 */
export function readFixtureCases(path: string): FixtureCase[] {
  const [, ...chunks] = readFileSync(path, "utf8").split(/^@@@ /m);
  return chunks.map((chunk) => {
    const [header = "", ...rest] = chunk.split("\n");
    const [markdown, html, extra] = rest.join("\n").split(/^=>\n/m);
    if (markdown === undefined || html === undefined || extra !== undefined) {
      throw new Error(`${path}: case "${header}" needs exactly one "=>" line`);
    }
    const colon = header.indexOf(": ");
    const options = colon < 0 ? [] : header.slice(0, colon).split(" ");
    return {
      title: colon < 0 ? header : header.slice(colon + 2),
      env: {
        lang: options.includes("en") ? "en" : "zh-tw",
        target: options.includes("feed") ? "feed" : "page",
        pathPrefix: "/",
        pageUrl: "https://weekly.example/zh-tw/issues/www-0x04/",
      },
      markdown,
      html,
    };
  });
}
