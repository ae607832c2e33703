import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildSite, issue } from "../../support/buildSite.ts";

describe("Q&A blocks and videos in a built site", async () => {
  const site = await buildSite();
  const page = async (path: string) => cheerio.load(await site.read(path));
  const zh = await page("zh-tw/issues/www-0x04/index.html");

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  it("groups consecutive Q&A blocks into one list with labelled questions", () => {
    expect(zh(".issue-body dl.qa")).toHaveLength(1);
    const questions = zh("dl.qa > .qa-item > dt");
    expect(questions.map((_, dt) => zh(dt).text()).get()).toEqual(["問 何謂 Distroless Image", "問 沒有 shell 要怎麼 debug？"]);
    expect(zh("dl.qa > .qa-item > dd")).toHaveLength(2);
  });

  it("nests the answer's markdown in its dd, code included as written", () => {
    const answer = zh("dl.qa > .qa-item > dd").eq(1);
    expect(answer.find("> p > code").text()).toBe(":debug");
    expect(answer.find("> pre code").text()).toContain("# {% endqa %} 寫在程式碼裡只是文字");
    expect(answer.find("> ul > li")).toHaveLength(2);
  });

  it("gives questions ids that never clash with heading ids", () => {
    const ids = zh("[id]").map((_, element) => zh(element).attr("id")).get();
    expect(new Set(ids).size).toBe(ids.length);
    expect(zh("h2").first().attr("id")).toBe("何謂-distroless-image");
    expect(zh("dl.qa dt").first().attr("id")).toBe("何謂-distroless-image-2");
  });

  it("embeds the shortcode and the bare URL, and keeps links in sentences and headings", () => {
    const videos = zh(".issue-body .video");
    expect(videos.map((_, v) => zh(v).attr("data-video-start") ?? "").get()).toEqual(["", "90"]);
    expect(zh(".issue-body > p > a[href='https://www.youtube.com/watch?v=lviLZFciDv4']").text()).toBe("Distroless Docker");
    expect(zh("h2 > a[href='https://youtu.be/lviLZFciDv4']").text()).toBe("演講錄影");
  });

  it("loads the player script on pages with a video, and only there", async () => {
    // Scripts that run: a page's JSON-LD (link previews) is a data block.
    const running = "script:not([type='application/ld+json'])";
    expect(zh(running).map((_, s) => zh(s).attr("src")).get()).toEqual(["/assets/video.js"]);
    expect(zh(running).attr("type")).toBe("module");
    expect((await page("en/issues/www-0x04/index.html"))("script[src='/assets/video.js']")).toHaveLength(1);
    for (const path of ["zh-tw/issues/www-0x02/index.html", "zh-tw/index.html", "en/index.html", "404.html"]) {
      expect((await page(path))(running), path).toHaveLength(0);
    }
    expect(await site.read("assets/video.js")).toContain("https://www.youtube-nocookie.com/embed/");
  });

  it("writes no YouTube or Google address the browser would load before a click", () => {
    const loaded = zh("[src], link[href], [srcset], [poster]").map((_, e) => zh(e).attr("src") ?? zh(e).attr("href")).get();
    expect(loaded.filter((url) => /youtube|ytimg|google/i.test(url))).toEqual([]);
  });
});

describe("Q&A and video mistakes stop the build", () => {
  it("names the file and line of each", async () => {
    const site = await buildSite({
      files: {
        "zh-tw/issues/bad-video.md": issue({ title: "Bad video", date: "2020-02-20" }, '前言。\n\n{% youtube "lviLZFciDv" %}\n'),
        "zh-tw/issues/bad-url.md": issue({ title: "Bad URL", date: "2020-02-20" }, "前言。\n\nhttps://youtu.be/tooShort\n"),
        "en/issues/unclosed.md": issue({ title: "Unclosed", date: "2020-02-20" }, '{% qa "Why?" %}\nBecause.\n'),
        "en/issues/empty.md": issue({ title: "Empty", date: "2020-02-20" }, 'Intro.\n\n{% qa "Why?" %}\n{% endqa %}\n'),
      },
    });
    expect(site.ok).toBe(false);
    // issue() writes 4 lines of front matter and a blank line: the body starts on line 6.
    expect(site.stderr).toMatch(/zh-tw\/issues\/bad-video\.md:8: youtube: "lviLZFciDv" is not a YouTube video id; a video id is 11 /);
    expect(site.stderr).toMatch(/zh-tw\/issues\/bad-url\.md:8: YouTube address: "tooShort" in https:\/\/youtu\.be\/tooShort is not/);
    expect(site.stderr).toMatch(/en\/issues\/unclosed\.md:6: qa is not closed; end its answer with \{% endqa %\}/);
    expect(site.stderr).toMatch(/en\/issues\/empty\.md:8: qa "Why\?" has an empty answer/);
    // The offending line is shown as written under its message.
    expect(site.stderr).toMatch(/bad-video\.md:8: youtube: .*\n {6}\| \{% youtube "lviLZFciDv" %\}/);
  });
});
