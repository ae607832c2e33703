import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks, siteLinksIn } from "../support/linkCheck.ts";
import { serveSite, type StaticServer } from "../support/serve.ts";

// The link gate must fail on what it exists to catch, and pass Chinese URLs and fragments.
const page = (body: string) => `<!doctype html><html lang="zh-Hant-TW"><title>t</title><body>${body}</body></html>`;

// Everything else on the page resolves: encoded and raw Chinese paths and fragments, the
// canonical link on the site origin; the external host is never fetched.
describe("the link checker behind the link gate", () => {
  let server: StaticServer;
  let broken: string[];
  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-links-"));
    await mkdir(join(root, "zh-tw/tags/軟體工程"), { recursive: true });
    await writeFile(join(root, "404.html"), page("missing"));
    await writeFile(join(root, "zh-tw/tags/軟體工程/index.html"), page(`<h2 id="問與答">問</h2>`));
    await writeFile(
      join(root, "index.html"),
      page(`
        <a href="/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/">encoded Chinese path</a>
        <a href="/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/#%E5%95%8F%E8%88%87%E7%AD%94">encoded fragment</a>
        <a href="/zh-tw/tags/軟體工程/#問與答">raw fragment</a>
        <a href="https://weekly.example.org/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/">canonical</a>
        <a href="https://unreachable.invalid/">external, never fetched</a>
        <a href="/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/#%E5%95%8F">missing fragment</a>
        <a href="/zh-tw/tags/rust/">missing page</a>
        <a href="https://weekly.example.org/en/">missing page on the site's origin</a>`),
    );
    server = await serveSite(root);
    broken = await brokenLinks({ pages: [server.url, `${server.url}404.html`], siteOrigin: "https://weekly.example.org" });
  });
  afterAll(() => server?.close());

  it("reports each missing page, on the local server or the site's origin, and each missing #fragment", () => {
    const home = server.url;
    expect(broken.sort()).toEqual([
      `${home}en/ (404: HTTP 404), linked from ${home}`,
      `${home}zh-tw/tags/rust/ (404: HTTP 404), linked from ${home}`,
      `${home}zh-tw/tags/軟體工程/#問 (200: Fragment identifier '#問' not found on page), linked from ${home}`,
    ]);
  });

  it("finds the site's own absolute URLs in feeds and moves them to the local server", () => {
    const feed = '<link href="https://weekly.example.org/zh-tw/tags/%E8%BB%9F/?a=1&amp;b=2"/><id>https://other.example/x</id>';
    expect(siteLinksIn(feed, "https://weekly.example.org", "http://127.0.0.1:8080")).toEqual([
      "http://127.0.0.1:8080/zh-tw/tags/%E8%BB%9F/?a=1&b=2",
    ]);
  });
});
