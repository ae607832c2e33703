import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteUrl } from "../../src/site.ts";
import { brokenLinks } from "../support/linkCheck.ts";
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

  it("resolves every internal link and #fragment of every page", async () => {
    const pages = site.pages.map((page) => new URL(pageUrl(page), server.url).href);
    expect(pages.length).toBeGreaterThan(0);
    expect(await brokenLinks({ pages, siteOrigin: siteUrl() })).toEqual([]);
  });
});
