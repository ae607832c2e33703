import { mkdir } from "node:fs/promises";
import { crc32, deflateSync } from "node:zlib";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../../support/browser.ts";
import { projectRoot } from "../../support/npmScript.ts";
import { makeIssue } from "../../support/issues.ts";
import { editionOf, sampleIssues } from "./sampleEditions.ts";

/** Screenshots of every sample email at each width, to look at after a change (git-ignored). */
const SCREENSHOTS = join(projectRoot, "test/.artifacts/email");
const WIDTHS = [600, 360];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

/** A grey PNG of the given size: the images the emails load, served without the network. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x99);
  for (let row = 0; row < height; row++) rows[row * (width + 1)] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(rows)), chunk("IEND", Buffer.alloc(0))]);
}
const IMAGES: Record<string, Buffer> = { "i.ytimg.com": png(480, 360), "example.org": png(2000, 300) };

/** What could widen an email: a long code line, a long URL, a wide image and table, unbroken CJK. */
const wideThings = makeIssue({
  name: "wide-things",
  body: [
    "```rust",
    `fn main() { let very_long_name = vec![${"1, ".repeat(60)}]; println!("{:?}", very_long_name); }`,
    `let unbroken = "${"x".repeat(120)}";`,
    "```",
    "",
    `https://example.org/${"a-long-path-segment/".repeat(8)}?query=${"x".repeat(80)}`,
    "",
    `\`${"unbroken_inline_code_".repeat(8)}\``,
    "",
    "![A wide diagram](https://example.org/wide.png)",
    "",
    "| column | another column | a third, rather wide column | and a fourth |\n| --- | --- | --- | --- |\n| value | value | value | value |",
    "",
    "這是一段沒有空白的中文".repeat(20),
  ].join("\n"),
});

describe("the sample emails in Chromium", () => {
  for (const issue of [...sampleIssues(), wideThings]) {
    for (const width of WIDTHS) {
      it(`${issue.lang}/${issue.name} at ${width} px: nothing wider than the window`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const page = await context.newPage();
        // No test reaches the network: images are served here, anything else refused.
        await page.route(/^https?:/, (route) => {
          const image = IMAGES[new URL(route.request().url()).hostname];
          return image ? route.fulfill({ contentType: "image/png", body: image }) : route.abort();
        });
        await page.setContent(editionOf(issue).html, { waitUntil: "load" });
        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement!;
          const wider = [...document.querySelectorAll("body *")]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((element) => element.outerHTML.slice(0, 80));
          return { scrollWidth: root.scrollWidth, wider };
        });
        await page.screenshot({ path: join(SCREENSHOTS, `${issue.lang}-${issue.name}-${width}.png`), fullPage: true });
        await context.close();
        expect(overflow.wider).toEqual([]);
        expect(overflow.scrollWidth).toBeLessThanOrEqual(width);
      });
    }
  }
});
