import { describe, expect, it } from "vitest";
import { sitemapDocument } from "../../../src/views/sitemap/document.ts";

describe("sitemapDocument", () => {
  it("writes each page and its language versions", () => {
    const xml = sitemapDocument([
      {
        loc: "https://w.example/zh-tw/",
        alternates: [
          { hreflang: "zh-TW", href: "https://w.example/zh-tw/" },
          { hreflang: "en", href: "https://w.example/en/" },
        ],
      },
    ]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
        "<url>\n<loc>https://w.example/zh-tw/</loc>\n" +
        '<xhtml:link rel="alternate" hreflang="zh-TW" href="https://w.example/zh-tw/"/>\n' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://w.example/en/"/>\n' +
        "</url>\n</urlset>\n",
    );
  });

  it("escapes what a URL may still carry, such as & and ' in a tag's path", () => {
    const xml = sitemapDocument([{ loc: "https://w.example/en/tags/it's&more/", alternates: [] }]);
    expect(xml).toContain("<loc>https://w.example/en/tags/it&#39;s&amp;more/</loc>");
  });
});
