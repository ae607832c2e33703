// Run by test/dev/builds.test.ts through tsx (Eleventy cannot load the TypeScript config inside a
// vitest worker): prints the pages one of the dev server's partial builds renders, as JSON.
import { renderIssues, renderListings } from "../../src/eleventy/builds.ts";
import type { RenderedPage } from "../../src/eleventy/builds.ts";

const [mode, content, output, ...files] = process.argv.slice(2);
const target = { content: content as string, output: output as string };
// Eleventy's JSON output carries each page's URL too; the dev server's own type leaves it out.
const pages: (RenderedPage & { url?: string })[] = mode === "issues" ? await renderIssues(target, files) : await renderListings(target);
console.log(JSON.stringify(pages.map((page) => ({ url: page.url, inputPath: page.inputPath }))));
