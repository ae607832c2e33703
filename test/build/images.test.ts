import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { buildSite, issue, projectRoot, rebuildSite, type BuiltSite } from "../support/buildSite.ts";
import { animatedGif, png, startImageHost, type ImageHost } from "../support/imageHost.ts";

const ISSUE = "zh-tw/issues/www-0x18";
const meta = { title: "圖片", date: "2020-02-15T00:00:00+08:00", tags: "[Weekly]" };
/** A short download timeout (10 s by default), for the build that waits on /slow.png, which never answers. */
const TIMEOUT = { WEEKLY_IMAGE_TIMEOUT_MS: "1000" };
const cspOf = (html: string) => load(html)('meta[http-equiv="Content-Security-Policy"]').attr("content") ?? "";

describe("images beside an issue and on other hosts", () => {
  let host: ImageHost;
  let site: BuiltSite;
  let page: string;
  beforeAll(async () => {
    host = await startImageHost();
    const body = [
      "第一段。",
      "![架構圖](arch.png)",
      `![遠端照片](${host.origin}/photo.png)`,
      `![不見了](${host.origin}/gone.png)`,
      `![網頁](${host.origin}/page.png)`,
      `![太大](${host.origin}/huge.png)`,
      "![](arch.png)",
      "![壞掉的圖](broken.png)",
      "[![](arch.png)](https://example.com/tool/)",
    ].join("\n\n");
    site = await buildSite({
      files: { [`${ISSUE}.md`]: issue(meta, `${body}\n`), [`${ISSUE}/arch.png`]: await png(1600, 900), [`${ISSUE}/broken.png`]: "not a png" },
    });
    page = await site.read(`${ISSUE}/index.html`);
  });
  afterAll(() => host.close());

  it("builds, with one warning per image it could not self-host, naming file, line and reason", () => {
    expect(site.ok, site.stderr).toBe(true);
    const file = join(site.root, "content", `${ISSUE}.md`);
    expect(site.stderr).toContain(`${file}:13: warning: image ${host.origin}/gone.png is shown from its own host, as it could not be self-hosted: the server answered 404`);
    expect(site.stderr).toContain(`${file}:15: warning: image ${host.origin}/page.png is shown from its own host, as it could not be self-hosted: the server sent text/html, not an image`);
    expect(site.stderr).toContain(`${file}:17: warning: image ${host.origin}/huge.png is shown from its own host, as it could not be self-hosted: it is 21.0 MB, over the 20.0 MB limit`);
    expect(site.stderr).toContain(`${file}:19: warning: image arch.png has no alt text`);
    expect(site.stderr).toContain(`${file}:21: warning: image broken.png is not an image sharp can read`);
    expect(site.stderr).toContain(`${file}:23: warning: image arch.png has no alt text and is all its link to https://example.com/tool/ holds`);
    expect(site.stdout).toContain("; 6 warnings.");
  });

  it("names a link whose only content is an alt-less image by its address, so the page passes the HTML gate", async () => {
    expect(load(page)('a[href="https://example.com/tool/"]').attr("aria-label")).toBe("example.com/tool");
    const config = JSON.parse(await readFile(join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
    const report = await new HtmlValidate(new StaticConfigLoader(config)).validateString(page);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });

  it("prints each processed image as a <picture> with width, height, AVIF and WebP, the first eager and the rest lazy", () => {
    const $ = load(page);
    const first = $("picture").first();
    expect(first.find("source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/avif", "image/webp"]);
    expect(first.find("source").first().attr("srcset")).toMatch(/^\/img\/\S+-640\.avif 640w, \/img\/\S+-1280\.avif 1280w$/);
    expect(first.find("img").attr("src")).toMatch(/^\/img\/\S+-1280\.png$/);
    expect(first.find("img").attr()).toMatchObject({ alt: "架構圖", width: "1280", height: "720" });
    expect(first.find("img").attr("loading")).toBeUndefined();
    const remote = $('img[alt="遠端照片"]');
    // 800 px wide: eleventy-img makes no 800 px variant, less than 1.25 × 640 (its minimumThreshold).
    expect(remote.attr()).toMatchObject({ width: "640", height: "360", loading: "lazy", decoding: "async" });
    expect(remote.attr("src")).toMatch(/^\/img\/\S+-640\.png$/);
    for (const img of $("picture img").get()) expect(existsSync(join(site.output, $(img).attr("src")!))).toBe(true);
  });

  it("keeps the URL of an image it could not download, and allows that origin on that page only", async () => {
    const $ = load(page);
    expect($('img[alt="不見了"]').attr("src")).toBe(`${host.origin}/gone.png`);
    expect(cspOf(page)).toContain(`img-src 'self' data: ${host.origin};`);
    expect(cspOf(await site.read("zh-tw/issues/www-0x01/index.html"))).toContain("img-src 'self' data:;");
    expect($('img[alt="壞掉的圖"]').attr("src")).toMatch(/^\/img\/\S+-broken\.png$/);
  });

  it("gives feeds the absolute URL of the PNG, never a <picture>", async () => {
    const feed = await site.read("zh-tw/feed.xml");
    expect(feed).toMatch(/&lt;img src="https:\/\/weekly\.example\.org\/img\/\S+-1280\.png" alt="架構圖" width="1280" height="720"&gt;/);
    expect(feed).not.toContain("picture");
  });

  it("downloads a remote image once, and an unchanged image costs nothing on the next build", async () => {
    const downloads = host.requests.filter((path) => path === "/photo.png").length;
    const again = await rebuildSite(site);
    expect(again.ok, again.stderr).toBe(true);
    expect(host.requests.filter((path) => path === "/photo.png")).toHaveLength(downloads);
    expect(await again.read(`${ISSUE}/index.html`)).toBe(page);
  });

  it("re-renders the issue when an image beside it changes", async () => {
    await writeFile(join(site.root, "content", `${ISSUE}/arch.png`), await png(400, 300, "#000000"));
    const again = await rebuildSite(site);
    expect(load(await again.read(`${ISSUE}/index.html`))('img[alt="架構圖"]').attr()).toMatchObject({ width: "400", height: "300" });
  });
});

describe("images and the build's options", () => {
  it("fails on a missing local image, naming the file, the line and the path looked for", async () => {
    const site = await buildSite({ files: { [`${ISSUE}.md`]: issue(meta, "文字。\n\n![架構圖](arch.png)\n") } });
    expect(site.ok).toBe(false);
    const file = join(site.root, "content", ISSUE);
    expect(site.stderr).toContain(`${file}.md:9: image arch.png is not there: no file ${file}/arch.png; put the image there, or correct its path`);
  });

  it("prefixes every image URL with --pathprefix", async () => {
    const site = await buildSite({ files: { [`${ISSUE}.md`]: issue(meta, "![架構圖](arch.png)\n"), [`${ISSUE}/arch.png`]: await png(300, 200) }, pathPrefix: "/weekly/" });
    const $ = load(await site.read(`${ISSUE}/index.html`));
    expect($("img").attr("src")).toMatch(/^\/weekly\/img\/\S+-300\.png$/);
    expect($("source").first().attr("srcset")).toMatch(/^\/weekly\/img\//);
  });

  it("keeps an animated GIF animated, as WebP and GIF, and passes an SVG through", async () => {
    const frames = [0, 1, 2].map((colour) => Array<number>(40 * 30).fill(colour));
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#36c"/></svg>';
    const site = await buildSite({
      files: { [`${ISSUE}.md`]: issue(meta, "![動畫](spin.gif)\n\n![圖示](logo.svg)\n"), [`${ISSUE}/spin.gif`]: animatedGif(40, 30, frames), [`${ISSUE}/logo.svg`]: svg },
    });
    expect(site.ok, site.stderr).toBe(true);
    const $ = load(await site.read(`${ISSUE}/index.html`));
    const picture = $("picture").first();
    expect(picture.find("source").map((_, source) => $(source).attr("type")).get()).toEqual(["image/webp"]);
    const pages = async (url: string) => (await sharp(join(site.output, url), { animated: true }).metadata()).pages;
    expect(await pages(picture.find("img").attr("src")!)).toBe(3);
    expect(await pages(picture.find("source").attr("srcset")!.split(" ")[0]!)).toBe(3);
    expect($('img[alt="圖示"]').attr()).toMatchObject({ width: "120", height: "60" });
    expect(await readFile(join(site.output, $('img[alt="圖示"]').attr("src")!), "utf8")).toBe(svg);
  });

  it("gives up on a host that never answers after WEEKLY_IMAGE_TIMEOUT_MS, and builds", async () => {
    const host = await startImageHost();
    try {
      const site = await buildSite({ files: { [`${ISSUE}.md`]: issue(meta, `![很慢](${host.origin}/slow.png)\n`) }, env: TIMEOUT });
      expect(site.ok, site.stderr).toBe(true);
      expect(site.stderr).toContain(`${ISSUE}.md:7: warning: image ${host.origin}/slow.png is shown from its own host, as it could not be self-hosted: no answer within 1 s`);
    } finally {
      await host.close();
    }
  });

  it("never tries the network with --offline", async () => {
    const host = await startImageHost();
    try {
      const site = await buildSite({ files: { [`${ISSUE}.md`]: issue(meta, `![遠端照片](${host.origin}/photo.png)\n`) }, flags: ["--offline"] });
      expect(site.ok, site.stderr).toBe(true);
      expect(host.requests).toEqual([]);
      expect(site.stderr).toContain("--offline: the network was not tried");
      expect(load(await site.read(`${ISSUE}/index.html`))("img").attr("src")).toBe(`${host.origin}/photo.png`);
    } finally {
      await host.close();
    }
  });
});
