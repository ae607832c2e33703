import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import markdownIt from "markdown-it";
import { createMarkdown, createRenderer } from "../../../src/content/markdown/createMarkdown.ts";
import type { RenderEnv } from "../../../src/content/markdown/env.ts";

const render = createRenderer();
const page: RenderEnv = { lang: "zh-tw", target: "page", pathPrefix: "/", pageUrl: "https://w.example/zh-tw/issues/a/" };
const html = (markdown: string, env: Partial<RenderEnv> = {}) => render(markdown, { ...page, ...env });

describe("CJK text", () => {
  it("lets emphasis sit beside CJK punctuation", () => {
    expect(html("這是**「重點」**文字")).toBe("<p>這是<strong>「重點」</strong>文字</p>\n");
  });

  it("drops a line break between two CJK characters but keeps it between Latin words", () => {
    expect(html("第一行\n第二行")).toBe("<p>第一行第二行</p>\n");
    expect(html("first\nsecond")).toBe("<p>first\nsecond</p>\n");
  });

  it("reads a line that ends in emphasis and a space like any other", () => {
    expect(html("中文**粗體** \n中文")).toBe("<p>中文<strong>粗體</strong>中文</p>\n");
    expect(html("a **b** \nc")).toBe("<p>a <strong>b</strong>\nc</p>\n");
  });
});

describe("unsafe input", () => {
  it("shows raw HTML as text", () => {
    const out = html('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(out).not.toContain("<script");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("drops javascript: and vbscript: links", () => {
    const out = html("[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x) <javascript:alert(1)>");
    expect(cheerio.load(out)("a")).toHaveLength(0);
  });
});

describe("heading ids", () => {
  it("keep CJK characters and stay unique on a page", () => {
    const $ = cheerio.load(html("# 何謂 Distroless Image\n## 何謂 Distroless Image\n## C++ & C#\n## ！？"));
    expect($("h1, h2").map((_, h) => $(h).attr("id")).get()).toEqual([
      "何謂-distroless-image",
      "何謂-distroless-image-2",
      "c-c",
      "section",
    ]);
  });

  it("start afresh on every page", () => {
    expect(html("## 標題")).toContain('id="標題"');
    expect(html("## 標題")).toContain('id="標題"');
  });
});

describe("code", () => {
  it("keeps template syntax exactly as written", () => {
    const source = "image: {{ .Values.image }}\n{% if x %}{{- end }}\n";
    const $ = cheerio.load(html(`\`{{ .Values.tag }}\` and\n\n\`\`\`yaml\n${source}\`\`\``));
    expect($("p code").text()).toBe("{{ .Values.tag }}");
    expect($("pre code").text()).toBe(source);
  });

  it("is highlighted at build time into classes, not inline styles", () => {
    const $ = cheerio.load(html("```rust\nfn main() { let x = \"s\"; }\n```"));
    expect($("pre").attr("class")).toBe("language-rust");
    expect($("pre code .hl-k").first().text()).toBe("fn");
    expect($("pre code .hl-s").text()).toBe('"s"');
    expect($("[style]")).toHaveLength(0);
  });

  it("escapes code in an unknown language", () => {
    const $ = cheerio.load(html("```nosuchlang\n<b>&</b>\n```"));
    expect($("pre code").text()).toBe("<b>&</b>\n");
    expect($("pre code b")).toHaveLength(0);
  });

  it("lets keyboard users scroll a wide block", () => {
    expect(cheerio.load(html("```\nx\n```"))("pre").attr("tabindex")).toBe("0");
  });
});

describe("links", () => {
  it("carry the path prefix when root-relative", () => {
    const $ = cheerio.load(html("[home](/zh-tw/) [ext](https://a.example/) [rel](../b/)", { pathPrefix: "/weekly/" }));
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual(["/weekly/zh-tw/", "https://a.example/", "../b/"]);
  });

  it("become absolute in feeds", () => {
    const $ = cheerio.load(html("[home](/zh-tw/) [rel](../b/) [frag](#x) ![i](/i.png)", { target: "feed" }));
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "https://w.example/zh-tw/",
      "https://w.example/zh-tw/issues/b/",
      "https://w.example/zh-tw/issues/a/#x",
    ]);
    expect($("img").attr("src")).toBe("https://w.example/i.png");
  });
});

describe("bare URLs", () => {
  it("become links where a scheme is written, and only there", () => {
    const $ = cheerio.load(html("見 https://example.com/路徑 與 HTTP://EXAMPLE.ORG 和 mailto:a@b.tw，不連 www.example.com、a@b.tw"));
    expect($("a").map((_, a) => $(a).attr("href")).get()).toEqual(["https://example.com/%E8%B7%AF%E5%BE%91", "HTTP://EXAMPLE.ORG", "mailto:a@b.tw"]);
  });

  // The scheme check in front of linkify-it must never answer for it: same verdicts and matches.
  it("are found exactly as linkify-it alone finds them", () => {
    const ours = createMarkdown().linkify;
    const plain = markdownIt({ linkify: true }).linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
    const texts = [
      "https://example.com", "看https://example.com", "（https://example.com）", "FTP://x.org/f", " //example.com/x",
      "mailto:a@b.tw", "www.example.com", "a@b.tw", "192.168.0.1", "http:", "https//example.com", "hxxps://x.io",
      "文字 http://例子.台灣/路徑?q=1#a 文字", "「https://a.example/」", "<https://a.example>", "_https://a.example", "",
    ];
    for (const text of texts) {
      expect(ours.test(text), text).toBe(plain.test(text));
      if (plain.pretest(text) && plain.test(text)) expect(ours.pretest(text), text).toBe(true);
      expect(ours.match(text), text).toEqual(plain.match(text));
    }
  });
});
