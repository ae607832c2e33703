import { describe, expect, it } from "vitest";
import { createImageFinder, createRenderer } from "../../../src/content/markdown/createMarkdown.ts";
import type { RenderEnv } from "../../../src/content/markdown/env.ts";
import type { ImageResult } from "../../../src/content/images/types.ts";

const render = createRenderer();
const page: RenderEnv = { lang: "zh-tw", target: "page", pathPrefix: "/", pageUrl: "https://weekly.example.org/zh-tw/issues/a/" };
const feed: RenderEnv = { ...page, target: "feed" };

const arch: ImageResult = {
  kind: "picture",
  width: 1280,
  height: 720,
  sources: [{ type: "image/avif", variants: [{ url: "/img/h-640.avif", width: 640 }, { url: "/img/h-1280.avif", width: 1280 }] }],
  fallback: { type: "image/png", variants: [{ url: "/img/h-640.png", width: 640 }, { url: "/img/h-1280.png", width: 1280 }] },
};
const images: Record<string, ImageResult> = {
  "arch.png": arch,
  "https://i.example.com/gone.png": { kind: "remote", url: "https://i.example.com/gone.png" },
  "logo.svg": { kind: "file", url: "/img/s-100.svg", width: 100, height: 50 },
};

describe("images on a page", () => {
  it("prints a <picture>: sources sized for phone and desktop, the fallback with width and height, the first image eager", () => {
    expect(render("![架構圖](arch.png)", { ...page, images })).toBe(
      '<p><picture><source type="image/avif" srcset="/img/h-640.avif 640w, /img/h-1280.avif 1280w" sizes="(min-width: 44rem) 44rem, 100vw">' +
        '<img src="/img/h-1280.png" alt="架構圖" width="1280" height="720"></picture></p>\n',
    );
  });

  it("loads every image but the first lazily, and keeps a title", () => {
    const html = render('![a](logo.svg)\n\n![b](arch.png "圖說")', { ...page, images });
    expect(html).toContain('<img src="/img/s-100.svg" alt="a" width="100" height="50">');
    expect(html).toContain('<img src="/img/h-1280.png" alt="b" title="圖說" width="1280" height="720" loading="lazy" decoding="async">');
  });

  it("keeps an image it could not download at its own URL, without sizes it does not know", () => {
    expect(render("x ![a](logo.svg) ![遠端](https://i.example.com/gone.png)", { ...page, images })).toContain(
      '<img src="https://i.example.com/gone.png" alt="遠端" loading="lazy" decoding="async">',
    );
  });

  it("adds the path prefix to every URL", () => {
    const html = render("![架構圖](arch.png)", { ...page, pathPrefix: "/weekly/", images });
    expect(html).toContain('srcset="/weekly/img/h-640.avif 640w, /weekly/img/h-1280.avif 1280w"');
    expect(html).toContain('src="/weekly/img/h-1280.png"');
  });

  it("prints an image without a result as markdown-it does", () => {
    expect(render("![點](data:image/png;base64,AAAA)", page)).toBe('<p><img src="data:image/png;base64,AAAA" alt="點"></p>\n');
  });
});

describe("images in a feed", () => {
  it("is a plain <img> of the widest fallback, absolute, with width and height", () => {
    expect(render("![架構圖](arch.png)", { ...feed, images })).toBe(
      '<p><img src="https://weekly.example.org/img/h-1280.png" alt="架構圖" width="1280" height="720"></p>\n',
    );
  });
});

describe("finding an issue's images before rendering", () => {
  const find = createImageFinder();

  it("gives each image's address as written, its alt text and its line in the file", () => {
    const body = "第一段，\n還有 ![架構圖](arch.png) 在此。\n\n[![照片](photo.jpg)](https://example.com/)\n\n![](/zh-tw/issues/a/x.png)\n";
    expect(find(body, { ...page, pathPrefix: "/weekly/" }, 6)).toEqual([
      { source: "arch.png", alt: "架構圖", line: 8 },
      { source: "photo.jpg", alt: "照片", line: 10, linkHref: "https://example.com/" },
      { source: "/zh-tw/issues/a/x.png", alt: "", line: 12 },
    ]);
  });
});

describe("a link whose only content is an image without alt text", () => {
  it("is named by where it leads, the image staying silent: the image stage warns of it with the fix", () => {
    expect(render("[![](badge.png)](https://github.com/owner/%E5%B7%A5%E5%85%B7/)", page)).toBe(
      '<p><a href="https://github.com/owner/%E5%B7%A5%E5%85%B7/" aria-label="github.com/owner/工具"><img src="badge.png" alt=""></a></p>\n',
    );
    expect(render("[ ![](badge.png) ](../www-0x01/)", page)).toContain('aria-label="../www-0x01/"');
  });

  it("is still refused when it holds nothing at all", () => {
    expect(() => render("[ ](https://example.com/)", page)).toThrow("link to https://example.com/ has no text; write its text between the brackets: [text](https://example.com/)");
  });

  it("is told apart when the images are found, with the link's address", () => {
    const find = createImageFinder();
    expect(find("[![](badge.png)](https://example.com/) ![](a.png) [![](b.png) and text](https://example.com/)\n", page, 0)).toEqual([
      { source: "badge.png", alt: "", line: 1, linkHref: "https://example.com/" },
      { source: "a.png", alt: "", line: 1 },
      { source: "b.png", alt: "", line: 1 },
    ]);
  });
});
