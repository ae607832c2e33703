// Run by test/eleventy/builds.test.ts through tsx (Eleventy cannot load the TypeScript config inside a
// vitest worker): prints the pages one of the dev server's partial builds renders, as JSON.
// "model" renders the issues from a model made here, whose issues are titled "From the model".
import { createIssueLoader } from "../../src/content/loadIssues.ts";
import { imageSettings } from "../../src/content/images/settings.ts";
import { siteUrl } from "../../src/core/site.ts";
import { renderIssues, renderListings } from "../../src/eleventy/builds.ts";
import type { RenderedPage } from "../../src/eleventy/builds.ts";
import { createBuildModel } from "../../src/model/buildModel.ts";

const [mode, content, output, ...files] = process.argv.slice(2);
const target = { content: content as string, output: output as string };

async function retitledModel() {
  const loaded = await createIssueLoader({ contentDir: target.content, pathPrefix: "/", origin: siteUrl(), images: imageSettings(target.content) })();
  const issues = loaded.map((issue) => ({ ...issue, title: "From the model" }));
  return createBuildModel(issues, { contentDir: target.content, origin: siteUrl(), pathPrefix: "/", mode: "development", now: new Date() });
}

// Eleventy's JSON output carries each page's URL too; the dev server's own type leaves it out.
const pages: (RenderedPage & { url?: string })[] =
  mode === "issues" ? await renderIssues(target, files) : mode === "model" ? await renderIssues(target, files, await retitledModel()) : await renderListings(target);
console.log(JSON.stringify(pages.map((page) => ({ url: page.url, inputPath: page.inputPath, content: String(page.content) }))));
