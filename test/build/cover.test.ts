import { existsSync } from "node:fs";
import { join } from "node:path";
import { load } from "cheerio";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, issue, type BuiltSite } from "../support/buildSite.ts";
import { png } from "../support/imageHost.ts";

const ORIGIN = "https://weekly.example.org";
const meta = (title: string, cover: string) => ({ title, date: "2020-02-15T00:00:00+08:00", cover });

/** The link preview of a built page: og:image's URL, size and alt. */
function previewImage(html: string) {
  const $ = load(html);
  const content = (property: string) => $(`meta[property="${property}"]`).attr("content");
  return { url: content("og:image") ?? "", width: Number(content("og:image:width")), height: Number(content("og:image:height")), alt: content("og:image:alt") };
}

describe("cover: the image an issue is shared with", () => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({
      files: {
        "zh-tw/issues/www-0x18.md": issue(meta("有封面", "arch.png")),
        "zh-tw/issues/www-0x18/arch.png": await png(1600, 900),
        "zh-tw/issues/www-0x19.md": issue(meta("PaperMod 的封面", '{ image: "diagram.png", alt: "服務架構圖" }')),
        "zh-tw/issues/www-0x19/diagram.png": await png(800, 600),
        "zh-tw/issues/www-0x1a.md": issue({ title: "沒有封面", date: "2020-02-16T00:00:00+08:00" }),
      },
    });
  });

  it("is the cover's largest PNG variant, published, with its true size and the title as alt text", async () => {
    expect(site.ok, site.stderr).toBe(true);
    const image = previewImage(await site.read("zh-tw/issues/www-0x18/index.html"));
    expect(image.url).toMatch(new RegExp(`^${ORIGIN}/img/[^/]+\\.png$`));
    const file = join(site.output, new URL(image.url).pathname);
    expect(existsSync(file)).toBe(true);
    const { width, height } = await sharp(file).metadata();
    expect([image.width, image.height]).toEqual([width, height]);
    expect(image.width / image.height).toBeCloseTo(1600 / 900, 2);
    expect(image.alt).toBe("有封面");
  });

  it("reads PaperMod's cover: { image, alt }, as issues imported from Hugo carry it", async () => {
    const html = await site.read("zh-tw/issues/www-0x19/index.html");
    const image = previewImage(html);
    expect(image.alt).toBe("服務架構圖");
    const { width, height } = await sharp(join(site.output, new URL(image.url).pathname)).metadata();
    expect([image.width, image.height]).toEqual([width, height]);
    expect(image.width / image.height).toBeCloseTo(800 / 600, 2);
    const jsonLd = JSON.parse(load(html)('script[type="application/ld+json"]').text());
    expect(JSON.stringify(jsonLd)).toContain(image.url);
  });

  it("is the language's card for an issue without one", async () => {
    expect(previewImage(await site.read("zh-tw/issues/www-0x1a/index.html"))).toMatchObject({ url: `${ORIGIN}/zh-tw/share.png`, width: 1200, height: 630 });
  });

  it("warns, naming file and line, when the cover is not there, and shares the card meanwhile", async () => {
    const missing = await buildSite({ files: { "en/issues/missing.md": issue(meta("Missing", "nowhere.png")) } });
    expect(missing.ok, missing.stderr).toBe(true);
    expect(missing.stderr).toMatch(/content\/en\/issues\/missing\.md:4: warning: cover: image nowhere\.png is not there: no file \S*content\/en\/issues\/missing\/nowhere\.png; put the image there, or correct its path; link previews show the site's card meanwhile/);
    expect(previewImage(await missing.read("en/issues/missing/index.html")).url).toBe(`${ORIGIN}/en/share.png`);
  });

  it("stops the build when cover: names no image, saying what to write", async () => {
    const broken = await buildSite({ files: { "en/issues/number.md": issue(meta("Number", "3")) } });
    expect(broken.ok).toBe(false);
    expect(broken.stderr).toMatch(/content\/en\/issues\/number\.md:4: cover is 3, which names no image; write cover: arch\.png/);
  });
});
