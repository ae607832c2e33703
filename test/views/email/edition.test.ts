import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { TEXT_COLUMNS } from "../../../src/views/email/text.ts";
import { EmailImageError } from "../../../src/views/email/images.ts";
import { makeIssue } from "../../support/issues.ts";
import { editionOf, issueLinks, ORIGIN, sampleIssues } from "./sampleEditions.ts";

const PLACEHOLDERS = { listmonk: "{{ UnsubscribeURL }}", buttondown: "{{ unsubscribe_url }}" } as const;
const wide = (text: string) => [...text].reduce((sum, char) => sum + (/[\u2e80-\u9fff\uff00-\uff60]/.test(char) ? 2 : 1), 0);

describe("the email of each sample issue", () => {
  for (const issue of sampleIssues()) {
    describe(`${issue.lang}/${issue.name}`, () => {
      const { subject, html, text } = editionOf(issue);
      const $ = cheerio.load(html);

      it("carries no script, frame, form or external stylesheet, and only @media rules in <style>", () => {
        expect($("script, iframe, form, link, object, embed").length).toBe(0);
        const styles = $("style").map((_, element) => $(element).text()).get().join("");
        expect(styles.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*\s*\}/g, "").trim()).toBe("");
      });

      it("leaves no element styled by its class alone: every classed element has its style inline", () => {
        const bare = $("[class]").filter((_, element) => !$(element).attr("style")).map((_, element) => $.html(element).slice(0, 80)).get();
        expect(bare).toEqual([]);
      });

      it("uses only absolute URLs, but for the mailer's unsubscribe placeholder", () => {
        const urls = $("[href], [src]").map((_, element) => $(element).attr("href") ?? $(element).attr("src")).get();
        const relative = urls.filter((url) => url !== PLACEHOLDERS.listmonk && !/^https:\/\//.test(url));
        expect(relative).toEqual([]);
      });

      it("has its language, a hidden preheader, the header with the issue's title, date and web link, and the footer", () => {
        expect($("html").attr("lang")).toBe(issue.lang === "en" ? "en" : "zh-Hant-TW");
        expect($(".preheader").text()).toBe(issue.excerpt);
        expect($(".preheader").attr("style")).toContain("display: none");
        expect($("h1").text()).toBe(issue.title);
        expect(subject).toBe(issue.title);
        expect($(".header time").attr("datetime")).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect($(".header a").last().attr("href")).toBe(`${ORIGIN}${encodeURI(issue.path)}`);
        expect($(".footer a").attr("href")).toBe(PLACEHOLDERS.listmonk);
        expect($(".footer").text()).toContain(issue.lang === "en" ? "because you subscribed to WWW Weekly" : "因為你訂閱了 WWW 週報");
      });

      it("keeps the column at 600 px at most: a table Outlook sizes by its width attribute", () => {
        expect($("table.frame").attr("width")).toBe("600");
        expect($("table.frame").attr("style")).toContain("max-width: 600px");
      });

      it("carries every link of the issue, in both parts", () => {
        for (const link of issueLinks(issue)) {
          expect($(`a[href="${link}"]`).length, link).toBeGreaterThan(0);
          expect(text, link).toContain(`[${link}]`);
        }
      });

      it("has a text part of lines at most 78 columns wide, but for a word too long to break", () => {
        const long = text.split("\n").filter((line) => wide(line) > TEXT_COLUMNS && /\s/.test(line.trim()) && !/\[\S{60,}\]/.test(line));
        expect(long).toEqual([]);
        expect(text).not.toMatch(/<\/?(p|div|a|span|table|td)[\s>]/);
      });
    });
  }
});

describe("the email's parts", () => {
  const qaIssue = sampleIssues().find((issue) => issue.lang === "zh-tw" && issue.name === "www-0x04")!;

  it("shows a video as YouTube's still, linked to the video, with a play mark and the video's title", () => {
    const $ = cheerio.load(editionOf(qaIssue).html);
    const video = $(".video").first();
    expect(video.find("img").attr("src")).toBe("https://i.ytimg.com/vi/lviLZFciDv4/hqdefault.jpg");
    expect(video.find("img").attr("width")).toBe("552");
    expect(video.find("a").map((_, a) => $(a).attr("href")).get()).toEqual(["https://www.youtube.com/watch?v=lviLZFciDv4", "https://www.youtube.com/watch?v=lviLZFciDv4"]);
    expect(video.find(".video-caption").text()).toBe("▶ 在 YouTube 觀看：Distroless Docker: Containerizing Apps, not VMs");
  });

  it("shows Q&A as question and answer blocks, labelled from the dictionary, readable as text", () => {
    const { html, text } = editionOf(qaIssue);
    const $ = cheerio.load(html);
    expect($(".qa-item").length).toBe(4);
    expect($(".qa-q").first().text()).toBe("問 何謂 Distroless Image");
    expect($(".qa-label").first().text()).toBe("答");
    expect(text).toContain("問 何謂 Distroless Image\n\n答\n\n只放應用程式");
  });

  it("highlights code with inline colours and wraps it, so a long line never widens the email", () => {
    const $ = cheerio.load(editionOf(qaIssue).html);
    expect($("pre").attr("style")).toContain("white-space: pre-wrap");
    expect($("pre").attr("tabindex")).toBeUndefined();
    expect($("pre span").first().attr("style")).toMatch(/^color: #[0-9a-f]{6};/);
  });

  it("writes the unsubscribe placeholder of the chosen mailer", () => {
    const { html, text } = editionOf(qaIssue, "buttondown");
    expect(cheerio.load(html)(".footer a").attr("href")).toBe(PLACEHOLDERS.buttondown);
    expect(text).toContain(`取消訂閱 [${PLACEHOLDERS.buttondown}]`);
  });

  it("shows an image at its absolute address against the issue's URL, at the column's width", () => {
    const issue = makeIssue({ lang: "en", name: "www-0x09", body: "![A diagram](diagram.png)\n\n![Logo](/assets/logo.gif)\n" });
    const $ = cheerio.load(editionOf(issue).html);
    expect($("img").map((_, img) => [[$(img).attr("src"), $(img).attr("width"), $(img).attr("alt")]]).get()).toEqual([
      [`${ORIGIN}/en/issues/www-0x09/diagram.png`, "552", "A diagram"],
      [`${ORIGIN}/assets/logo.gif`, "552", "Logo"],
    ]);
  });

  it("refuses an image in a format mail clients do not show, saying which and what to give instead", () => {
    const issue = makeIssue({ lang: "en", name: "www-0x09", body: "![A diagram](diagram.webp)\n" });
    expect(() => editionOf(issue)).toThrow(new EmailImageError('image "diagram.webp" is WEBP, which Outlook and some Gmail apps do not show; give a JPEG, PNG or GIF version of it'));
  });
});
