/**
 * `npm run audit [-- zh-tw/issues/www-0x04/ ...]`: Lighthouse against the sample site's issue
 * pages, built and served locally, in Debian's Chromium. Prints performance, accessibility,
 * best practices and SEO for each page, and every audit that kept a category below 100.
 * Not part of `npm test`: Lighthouse's performance score depends on the machine's load.
 */
import { createServer } from "node:net";
import lighthouse from "lighthouse";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../support/browser.ts";
import { buildSampleSite } from "../support/sampleSite.ts";
import { serveSite } from "../support/serve.ts";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const DEFAULT_PAGES = ["zh-tw/issues/www-0x04/", "en/issues/www-0x04/"];

/** A free local port for Chromium's DevTools endpoint, which Lighthouse drives. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const args = process.argv.slice(2);
const flag = args.find((arg) => arg.startsWith("-"));
if (flag) {
  console.error(`npm run audit: ${flag} is not an option; give the pages to audit as paths, such as: npm run audit -- zh-tw/tags/ en/`);
  process.exit(2);
}
const pages = args;
const site = await buildSampleSite();
const server = await serveSite(site.output);
const port = await freePort();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
let belowFull = false;
try {
  for (const path of pages.length ? pages : DEFAULT_PAGES) {
    const url = new URL(path, server.url).href;
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    console.log(`\n${decodeURI(path)}`);
    for (const id of CATEGORIES) {
      const category = categories[id];
      const score = Math.round((category?.score ?? 0) * 100);
      console.log(`  ${(category?.title ?? id).padEnd(16)} ${String(score).padStart(3)}`);
      if (score === 100) continue;
      belowFull = true;
      for (const ref of category?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
          console.log(`    - ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (belowFull) console.log("\nSome scores are below 100: see the audits listed under them.");
