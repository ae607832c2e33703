import { imageSettings } from "../src/content/images/settings.ts";
import { createIssueLoader } from "../src/content/loadIssues.ts";
import { site } from "../src/core/site.ts";
import { Catalog } from "../src/model/catalog.ts";
import { relatedIssues } from "../src/model/related.ts";
import { TagIndex } from "../src/model/tags/tagIndex.ts";
import { summarise, type Summary } from "./measure.ts";

/**
 * What ranking the related issues costs a build (src/model/related.ts), timed in this process
 * over the corpus's issues, which come from the render cache the builds left. In a build it runs
 * once, while the model is made; it is reported against the cold build's median.
 */
export async function measureRelated(contentDir: string, runs: number): Promise<{ seconds: Summary; cpuSeconds: Summary; issues: number }> {
  const issues = await createIssueLoader({ contentDir, pathPrefix: "/", origin: site.url, images: imageSettings(contentDir) })();
  const catalog = new Catalog(issues);
  // A build makes the tag index first, which normalises every issue's tags once for both.
  new TagIndex(catalog);
  const times: number[] = [];
  // CPU time too: on a shared machine the wall time also counts other tenants' work.
  const cpu: number[] = [];
  // The first run pays for compiling the code, as a build's one run does: it shows as the maximum.
  for (let i = 0; i < Math.max(runs, 1); i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    relatedIssues(catalog, site.url);
    const { user, system } = process.cpuUsage(used);
    times.push((performance.now() - start) / 1000);
    cpu.push((user + system) / 1e6);
  }
  return { seconds: summarise(times), cpuSeconds: summarise(cpu), issues: issues.length };
}
