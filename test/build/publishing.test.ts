import * as cheerio from "cheerio";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildSite, issue } from "../support/buildSite.ts";
import { listFiles } from "../support/tree.ts";

const extra = {
  "zh-tw/issues/www-0x0A.md": issue(
    { title: '"WWW 0x0A: 大小寫"', date: "2021-03-01T08:00:00+08:00", tags: "[Weekly]" },
    "## 章節\n\n<script>alert('x')</script>\n\n[bad](javascript:alert(1))\n\n```go\n{{ define \"main\" }}{% end %}\n```\n",
  ),
  "zh-tw/issues/軟體工程.md": issue({ title: '"中文檔名"', date: "2021-03-08" }, "中文檔名的一期。\n"),
  "zh-tw/issues/draft.md": issue({ title: '"DRAFT-ISSUE-TITLE"', date: "2020-03-01", draft: "true" }),
  "zh-tw/issues/future.md": issue({ title: '"FUTURE-ISSUE-TITLE"', date: "2999-01-01T00:00:00+08:00" }),
};

describe("a built site", async () => {
  const site = await buildSite({ files: extra, env: { TZ: "America/Los_Angeles" } });
  const page = async (path: string) => cheerio.load(await site.read(path));

  it("builds, unknown front-matter keys included", () => expect(site.ok, site.stderr).toBe(true));

  describe("an issue page", async () => {
    const $ = await page("zh-tw/issues/www-0x02/index.html");

    it("has the title as its only h1", () => {
      expect($("h1")).toHaveLength(1);
      expect($("h1").text()).toBe("WWW 0x02: Distroless Docker for distressed human");
    });

    it("shows the date in Asia/Taipei whatever the machine's TZ", () => {
      const time = $(".issue-header time");
      expect(time.text()).toBe("2020年2月1日");
      expect(time.attr("datetime")).toBe("2020-02-01T00:00:11+08:00");
    });

    it("shows its tags, body and reading time", () => {
      expect($(".issue-header .tags").text()).toContain("DevOps");
      expect($(".issue-body h2").first().text()).toBe("Distroless Docker Images");
      expect($(".issue-header .meta").text()).toMatch(/閱讀時間約 \d+ 分鐘/);
    });

    it("links the previous and next issue in its language", () => {
      expect($("a[rel=prev]").attr("href")).toBe("/zh-tw/issues/www-0x01/");
      expect($("a[rel=next]").attr("href")).toBe("/zh-tw/issues/www-0x03/");
    });

    it("declares Traditional Chinese", () => expect($("html").attr("lang")).toBe("zh-Hant-TW"));
  });

  it("prints template syntax in code exactly as written, and escapes raw HTML", async () => {
    const $ = await page("zh-tw/issues/www-0x0A/index.html");
    expect($(".issue-body pre code").text()).toBe('{{ define "main" }}{% end %}\n');
    expect($(".issue-body script")).toHaveLength(0);
    expect($(".issue-body").text()).toContain("<script>alert('x')</script>");
    expect($('a[href^="javascript:"]')).toHaveLength(0);
  });

  it("keeps the file name as the URL, case and Chinese included", async () => {
    const files = await listFiles(site.output);
    expect(files).toContain("zh-tw/issues/www-0x0A/index.html");
    expect(files).toContain("zh-tw/issues/軟體工程/index.html");
    const $ = await page("zh-tw/archive/index.html");
    expect($(`a[href="/zh-tw/issues/${encodeURIComponent("軟體工程")}/"]`).text()).toBe("中文檔名");
  });

  it("lists issues newest first on the home page, with date, tags and summary", async () => {
    const $ = await page("zh-tw/index.html");
    const titles = $(".card-title").map((_, e) => $(e).text()).get();
    expect(titles.slice(0, 4)).toEqual([
      "中文檔名",
      "WWW 0x0A: 大小寫",
      "WWW 0x04: Distroless 問答",
      "WWW 0x03: 軟體工程裡的 C++ 與 C#",
    ]);
    const card = $(".card").filter((_, e) => $(e).find(".card-title").text().startsWith("WWW 0x01"));
    expect(card.find("time").text()).toBe("2020年1月25日");
    expect(card.find(".tags").text()).toContain("Rust");
    expect(card.find(".summary").text()).toBe("第一期：Rust 的錯誤處理、好用的 CLI 工具，以及一段關於測試的引言。");
  });

  it("uses an excerpt of the body when there is no description", async () => {
    const $ = await page("zh-tw/index.html");
    const card = $(".card").filter((_, e) => $(e).find(".card-title").text().startsWith("WWW 0x03"));
    expect(card.find(".summary").text()).toBe("這期聊兩個名字很像、個性完全不同的語言，還有一些軟體工程的老問題。");
  });

  it("groups the archive by year, newest first", async () => {
    const $ = await page("zh-tw/archive/index.html");
    expect($("main h2").map((_, e) => $(e).text()).get()).toEqual(["2021 年", "2020 年"]);
    expect($("section").first().find(".card-title").map((_, e) => $(e).text()).get()).toEqual([
      "中文檔名",
      "WWW 0x0A: 大小寫",
    ]);
  });

  it("has a 404 page", async () => {
    const $ = await page("404.html");
    expect($("h1").text()).toBe("找不到這一頁");
    expect($('meta[name="robots"]').attr("content")).toBe("noindex");
  });

  it("leaves drafts and future issues out of everything it writes", async () => {
    const files = await listFiles(site.output);
    expect(files.filter((file) => /draft|future/.test(file))).toEqual([]);
    for (const file of files) {
      const text = await readFile(join(site.output, file), "utf8");
      expect(text, file).not.toMatch(/DRAFT-ISSUE-TITLE|FUTURE-ISSUE-TITLE|issues\/(draft|future)\//);
    }
  });
});
