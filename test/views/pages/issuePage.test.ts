import { describe, expect, it } from "vitest";
import { issueView } from "../../../src/views/pages/issuePage.ts";
import { NO_IMAGES } from "../../../src/content/images/types.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const ORIGIN = "https://weekly.example.org/weekly";
const first = makeIssue({ name: "www-0x01", date: "2020-01-25T00:00:00+08:00" });
const second = makeIssue({ name: "週報-2", date: "2020-02-01T00:00:00+08:00", tags: ["Rust"], readingMinutes: 4, html: "<p>正文</p>\n", excerpt: "摘要。" });
const third = makeIssue({ name: "www-0x03", date: "2020-02-08T00:00:00+08:00", hasVideo: true });
const translated = makeIssue({ lang: "en", name: "週報-2", date: "2020-02-01T00:00:00+08:00", readingMinutes: 4 });
const model = await makeModel([first, second, third, translated], { pathPrefix: "/weekly/" });

describe("an issue's page", () => {
  it("shows the issue's body, date, reading time and tags in its language", () => {
    const view = issueView(model, second);
    expect(view).toMatchObject({
      path: "/zh-tw/issues/週報-2/",
      body: "<p>正文</p>\n",
      title: "Title of zh-tw/週報-2",
      date: "2020年2月1日",
      datetime: "2020-02-01T00:00:00+08:00",
      readingTime: "閱讀時間約 4 分鐘",
      tags: [{ label: "Rust", href: "/weekly/zh-tw/tags/rust/" }],
      preview: false,
      hasVideo: false,
    });
    expect(issueView(model, translated).readingTime).toBe("4 min read");
    expect(issueView(model, third).hasVideo).toBe(true);
  });

  it("is framed with the issue's title and excerpt", () => {
    const { frame } = issueView(model, second);
    expect(frame.title).toBe("Title of zh-tw/週報-2 | WWW 週報");
    expect(frame.description).toBe("摘要。");
    expect(frame.canonical).toBe(`${ORIGIN}/zh-tw/issues/%E9%80%B1%E5%A0%B1-2/`);
  });

  it("allows the YouTube player's frame only on an issue that embeds a video", () => {
    expect(issueView(model, third).frame.csp).toContain("frame-src https://www.youtube-nocookie.com;");
    const plain = issueView(model, second).frame.csp;
    expect(plain).not.toContain("frame-src");
    expect(plain).toContain("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:");
  });

  it("allows in img-src only the origins of its own images that could not be self-hosted", () => {
    const images = { ...NO_IMAGES, remoteOrigins: ["https://i.imgur.com", "https://upload.wikimedia.org"] };
    const withRemote = makeIssue({ name: "www-0x05", date: "2020-02-15T00:00:00+08:00", images });
    const view = issueView(model, withRemote);
    expect(view.frame.csp).toContain("img-src 'self' data: https://i.imgur.com https://upload.wikimedia.org;");
    expect(issueView(model, second).frame.csp).toContain("img-src 'self' data:;");
  });

  it("offers the translation as an alternate and as the language switch", () => {
    const { frame } = issueView(model, translated);
    expect(frame.alternates).toEqual([
      { hreflang: "zh-TW", href: `${ORIGIN}/zh-tw/issues/%E9%80%B1%E5%A0%B1-2/` },
      { hreflang: "en", href: `${ORIGIN}/en/issues/%E9%80%B1%E5%A0%B1-2/` },
      { hreflang: "x-default", href: `${ORIGIN}/zh-tw/issues/%E9%80%B1%E5%A0%B1-2/` },
    ]);
    expect(frame.languageSwitch.href).toBe("/weekly/zh-tw/issues/%E9%80%B1%E5%A0%B1-2/");
  });

  it("switches an untranslated issue to the other language's home, with itself as the only version", () => {
    const { frame } = issueView(model, third);
    expect(frame.alternates.map((alternate) => alternate.hreflang)).toEqual(["zh-TW", "x-default"]);
    expect(frame.languageSwitch.href).toBe("/weekly/en/");
  });

  it("links the older issue as previous and the newer as next, in its language only", () => {
    expect(issueView(model, second)).toMatchObject({
      previous: { href: "/weekly/zh-tw/issues/www-0x01/", title: "Title of zh-tw/www-0x01" },
      next: { href: "/weekly/zh-tw/issues/www-0x03/", title: "Title of zh-tw/www-0x03" },
    });
    expect(issueView(model, first).previous).toBeUndefined();
    expect(issueView(model, third).next).toBeUndefined();
    expect(issueView(model, translated)).toMatchObject({ previous: undefined, next: undefined });
  });

  it("is marked as a preview in the dev server for a draft or a future issue", async () => {
    const now = new Date("2020-02-05T00:00:00+08:00");
    const draft = makeIssue({ name: "draft", date: "2020-01-01T00:00:00+08:00", draft: true });
    const dev = await makeModel([draft, first, third], { mode: "development", now });
    expect(issueView(dev, draft).preview).toBe(true);
    expect(issueView(dev, third).preview).toBe(true);
    expect(issueView(dev, first).preview).toBe(false);
  });
});
