import { createIssueLoader } from "../src/content/loadIssues.ts";
import { site } from "../src/core/site.ts";
import { Catalog } from "../src/model/catalog.ts";
import { relatedIssues } from "../src/model/related.ts";
import { summarise, type Summary } from "./measure.ts";

/**
 * What ranking the related issues costs a build (src/model/related.ts), timed in this process
 * over the corpus's issues, which come from the render cache the builds left. In a build it runs
 * once, while the model is made; it is reported against the cold build's median.
 */
export async function measureRelated(contentDir: string, runs: number): Promise<{ seconds: Summary; issues: number }> {
  const issues = await createIssueLoader({ contentDir, pathPrefix: "/", origin: site.url })();
  const catalog = new Catalog(issues);
  const times: number[] = [];
  // The first run pays for compiling the code, as a build's one run does: it shows as the maximum.
  for (let i = 0; i < Math.max(runs, 1); i++) {
    const start = performance.now();
    relatedIssues(catalog, site.url);
    times.push((performance.now() - start) / 1000);
  }
  return { seconds: summarise(times), issues: issues.length };
}
