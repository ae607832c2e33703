import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteUrl } from "../../src/core/site.ts";
import { brokenLinks, siteLinksIn } from "../support/linkCheck.ts";
import { buildSampleSite, pageUrl, type SampleSite } from "../support/sampleSite.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";

describe.each([
  { where: "at the site root", pathPrefix: "/" },
  { where: "under --pathprefix=/weekly/", pathPrefix: "/weekly/" },
])("link gate $where", ({ pathPrefix }) => {
  let site: SampleSite;
  let server: StaticServer;
  beforeAll(async () => {
    site = await buildSampleSite({ pathPrefix });
    server = await serveSite(site.output, pathPrefix);
  });
  afterAll(() => server?.close());

  it("resolves every internal link and #fragment of every page, feed, sitemap and robots.txt", async () => {
    const pages = site.pages.map((page) => new URL(pageUrl(page), server.url).href);
    const local = new URL(server.url).origin;
    const elsewhere = new Set<string>();
    for (const file of site.files.filter((f) => /\.(xml|xsl|json|txt)$/.test(f))) {
      for (const url of siteLinksIn(await site.read(file), siteUrl(), local)) elsewhere.add(url);
    }
    expect(pages.length).toBeGreaterThan(0);
    expect(elsewhere.size).toBeGreaterThan(0);
    expect(await brokenLinks({ pages: [...pages, ...elsewhere], siteOrigin: siteUrl() })).toEqual([]);
  });
});
