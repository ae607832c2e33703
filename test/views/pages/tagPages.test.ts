import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, issue, type BuiltSite } from "../../support/buildSite.ts";
import { serveSite } from "../../support/serve.ts";

/** Tags as authors really write them: variants of one tag, symbols, Chinese, emoji, none. */
const files = {
  "zh-tw/issues/tag-a.md": issue({ title: "Tag A", date: "2020-03-01", tags: `[Rust, "ＲＵＳＴ", "🦀 Crab", "Machine Learning", ".NET"]` }),
  "zh-tw/issues/tag-b.md": issue({ title: "Tag B", date: "2020-03-02", tags: `[rust, "Ru\\u200Bst"]` }),
  "zh-tw/issues/tag-none.md": issue({ title: "No tags", date: "2020-03-03", tags: "[]" }),
  "zh-tw/issues/tag-missing.md": issue({ title: "No tags field", date: "2020-03-04" }),
  "en/issues/tag-en-1.md": issue({ title: "English one", date: "2020-03-01", tags: "[rust]" }),
  "en/issues/tag-en-2.md": issue({ title: "English two", date: "2020-03-02", tags: "[rust]" }),
};

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((entry) => entry.endsWith(".html")).map((entry) => join(dir, entry));
}

const tagFolders = async (site: BuiltSite, lang: string) =>
  (await readdir(join(site.output, lang, "tags"), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe("tag pages", async () => {
  const site = await buildSite({ files, pathPrefix: "/weekly/" });
  const $of = async (path: string) => cheerio.load(await site.read(path));
  const server = await serveSite(site.output, "/weekly/");
  afterAll(() => server.close());

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  it("give every tag of a language one folder, whatever its spelling or script", async () => {
    expect(await tagFolders(site, "zh-tw")).toEqual(
      ["c-plus-plus", "c-sharp", "devops", "dot-net", "machine-learning", "rust", "weekly", "軟體工程", "🦀-crab"].sort(),
    );
    expect(await tagFolders(site, "en")).toEqual(["devops", "meta", "rust", "weekly"]);
  });

  it("gather Rust, rust, ＲＵＳＴ and Ru\u200Bst on one page with the most common spelling, newest first", async () => {
    const $ = await $of("zh-tw/tags/rust/index.html");
    expect($("h1").text()).toBe("標籤：Rust");
    expect($("title").text()).toBe("標籤：Rust | WWW 週報");
    expect($(".card-title a").map((_, a) => $(a).attr("href")).get()).toEqual([
      "/weekly/zh-tw/issues/tag-b/",
      "/weekly/zh-tw/issues/tag-a/",
      "/weekly/zh-tw/issues/www-0x02/",
      "/weekly/zh-tw/issues/www-0x01/",
    ]);
    // English issues spell it "rust" twice and "Rust" once.
    expect((await $of("en/tags/rust/index.html"))("h1").text()).toBe("Tag: rust");
  });

  it("give C++ and C# pages of their own, each titled with its own name", async () => {
    const plus = await $of("zh-tw/tags/c-plus-plus/index.html");
    const sharp = await $of("zh-tw/tags/c-sharp/index.html");
    expect(plus("h1").text()).toBe("標籤：C++");
    expect(sharp("h1").text()).toBe("標籤：C#");
    expect(plus("title").text()).not.toBe(sharp("title").text());
  });

  it("are reached by every tag link on the site, Chinese, emoji and spaces included", async () => {
    const hrefs = new Set<string>();
    for (const file of await htmlFiles(site.output)) {
      const $ = cheerio.load(await readFile(file, "utf8"));
      $("a[rel=tag]").each((_, a) => void hrefs.add($(a).attr("href") ?? ""));
    }
    expect(hrefs).toContain("/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/");
    expect(hrefs).toContain("/weekly/zh-tw/tags/%F0%9F%A6%80-crab/");
    for (const href of hrefs) {
      expect(href, href).toMatch(/^\/weekly\/(zh-tw|en)\/tags\/[^/#?]+\/$/);
      const response = await fetch(new URL(href, server.url));
      expect(response.status, href).toBe(200);
      const $ = cheerio.load(await response.text());
      expect($("h1").text(), href).toMatch(/^(標籤：|Tag: )/);
    }
  });

  it("are linked from issue pages and cards, and absent where an issue has no tags", async () => {
    const tagged = await $of("zh-tw/issues/www-0x03/index.html");
    expect(tagged(".issue-header .tags a").map((_, a) => tagged(a).text()).get()).toEqual(["Weekly", "C++", "C#", "軟體工程"]);
    for (const name of ["tag-none", "tag-missing"]) {
      const $ = await $of(`zh-tw/issues/${name}/index.html`);
      expect($(".issue-header .tags"), name).toHaveLength(0);
    }
    const home = await $of("zh-tw/index.html");
    const card = home(".card").filter((_, c) => home(c).find(".card-title").text() === "No tags");
    expect(card.find(".tags")).toHaveLength(0);
    expect(home(".card .tags a[rel=tag]").length).toBeGreaterThan(0);
  });

  it("list every tag with its count on the language's tags index", async () => {
    const $ = await $of("zh-tw/tags/index.html");
    const rows = $(".tag-list li").map((_, li) => `${$(li).find("a").text()} ${$(li).find(".tag-count").text()}`).get();
    // Equal counts fall back to the tag key, so the order never depends on file order.
    expect(rows.slice(0, 2)).toEqual(["Rust 4 期", "Weekly 4 期"]);
    expect(rows).toContain("軟體工程 1 期");
    expect(rows).toHaveLength(9);
  });

  it("list alternates only in languages that use the tag", async () => {
    const alternates = async (path: string) => {
      const $ = await $of(path);
      return $("link[rel=alternate][hreflang]").map((_, l) => `${$(l).attr("hreflang")} ${$(l).attr("href")}`).get();
    };
    expect(await alternates("en/tags/rust/index.html")).toEqual([
      "zh-TW https://weekly.example.org/weekly/zh-tw/tags/rust/",
      "en https://weekly.example.org/weekly/en/tags/rust/",
      "x-default https://weekly.example.org/weekly/zh-tw/tags/rust/",
    ]);
    expect(await alternates("zh-tw/tags/c-sharp/index.html")).toEqual([
      "zh-TW https://weekly.example.org/weekly/zh-tw/tags/c-sharp/",
      "x-default https://weekly.example.org/weekly/zh-tw/tags/c-sharp/",
    ]);
    expect((await $of("zh-tw/tags/c-sharp/index.html"))(".lang-switch").attr("href")).toBe("/weekly/en/");
    expect((await $of("en/tags/rust/index.html"))(".lang-switch").attr("href")).toBe("/weekly/zh-tw/tags/rust/");
  });

  it("are all in the sitemap, with the alternates of their frames", async () => {
    const $ = cheerio.load(await site.read("sitemap.xml"), { xml: true });
    const locs = $("url > loc").map((_, l) => $(l).text()).get().filter((loc) => loc.includes("/tags/"));
    // Two indexes, plus one page per tag folder.
    expect(locs).toHaveLength(2 + (await tagFolders(site, "zh-tw")).length + (await tagFolders(site, "en")).length);
    const rust = $("url").filter((_, u) => $(u).children("loc").text() === "https://weekly.example.org/weekly/en/tags/rust/");
    expect(rust.find("xhtml\\:link").map((_, l) => $(l).attr("hreflang")).get()).toEqual(["zh-TW", "en", "x-default"]);
  });

  it("advertise a feed of their own that holds the tag's issues", async () => {
    const $ = await $of("zh-tw/tags/c-sharp/index.html");
    const link = $('link[rel=alternate][type="application/atom+xml"]').first();
    expect(link.attr("href")).toBe("/weekly/zh-tw/tags/c-sharp/feed.xml");
    expect(link.attr("title")).toBe("WWW 週報：C#");
    const feed = cheerio.load(await site.read("zh-tw/tags/c-sharp/feed.xml"), { xml: true });
    expect(feed("feed > title").text()).toBe("WWW 週報：C#");
    expect(feed("entry > link").map((_, l) => feed(l).attr("href")).get()).toEqual([
      "https://weekly.example.org/weekly/zh-tw/issues/www-0x03/",
    ]);
  });

  it("keep their URLs when another build adds issues and tags", async () => {
    const again = await buildSite({
      files: { ...files, "zh-tw/issues/tag-new.md": issue({ title: "New", date: "2020-03-05", tags: "[Go, RUST]" }) },
      pathPrefix: "/weekly/",
    });
    expect(again.ok, again.stderr).toBe(true);
    expect(await tagFolders(again, "zh-tw")).toEqual([...(await tagFolders(site, "zh-tw")), "go"].sort());
    const pages = (await htmlFiles(join(site.output, "zh-tw/tags"))).map((file) => relative(site.output, file));
    for (const page of pages.filter((p) => !p.includes("rust") && !p.endsWith("tags/index.html"))) {
      expect(await again.read(page), page).toBe(await site.read(page));
    }
  });
});

describe("a tag URL two different tags would share", () => {
  it("fails the build, naming both tags and their files", async () => {
    const site = await buildSite({
      files: {
        "zh-tw/issues/clash-a.md": issue({ title: "A", date: "2020-03-01", tags: "[C++]" }),
        "en/issues/clash-b.md": issue({ title: "B", date: "2020-03-02", tags: `["c plus plus"]` }),
      },
    });
    expect(site.ok).toBe(false);
    expect(site.stderr).toContain(
      `en/issues/clash-b.md: tag "c plus plus" and tag "C++" (in `,
    );
    expect(site.stderr).toMatch(/zh-tw\/issues\/clash-a\.md\) are different tags that would share the URL segment "c-plus-plus"; spell them the same way or rename one of them/);
  });
});
