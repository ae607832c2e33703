import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildSite, issue } from "../support/buildSite.ts";
import { listFiles } from "../support/tree.ts";

const ORIGIN = "https://weekly.example.org";
const HOSTILE = `</script><script>x"</script>&'`;

/** `## Heading n` sections, each with a paragraph; every third gets two `###` under it. */
function sections(count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const heading = i === 0 ? `## [Linked ${i + 1}](https://site-${i}.example/post)` : `## Heading ${i + 1}`;
    const nested = i % 3 === 0 ? `\n### Sub ${i + 1}.1\n\nText.\n\n### Sub ${i + 1}.2\n\nText.\n` : "";
    return `${heading}\n\nCommentary ${i + 1}.\n${nested}`;
  }).join("\n");
}

const files = {
  "zh-tw/issues/toc-0.md": issue({ title: "No headings", date: "2021-01-01" }, "第一段。\n\n第二段。\n"),
  "zh-tw/issues/toc-2.md": issue({ title: "Two headings", date: "2021-01-02" }, `第一段。\n\n${sections(2)}`),
  "zh-tw/issues/toc-3.md": issue({ title: "Three headings", date: "2021-01-03" }, `第一段。\n\n${sections(3)}`),
  "zh-tw/issues/toc-12.md": issue({ title: "Twelve headings", date: "2021-01-04" }, `第一段。\n\n${sections(12)}`),
  // Known overlaps: a shares the tag Beta and a domain with c, the tag Alpha with b; d nothing.
  "zh-tw/issues/rel-a.md": issue({ title: "Rel A", date: "2021-03-01", tags: "[Alpha, Beta]" }, "See [x](https://example.net/x).\n"),
  "zh-tw/issues/rel-b.md": issue({ title: "Rel B", date: "2021-03-08", tags: "[Alpha]" }),
  "zh-tw/issues/rel-c.md": issue({ title: "Rel C", date: "2021-06-01", tags: "[Beta]" }, "See [y](https://www.example.net/y).\n"),
  "zh-tw/issues/rel-d.md": issue({ title: "Rel D", date: "2021-03-02", tags: "[Delta]" }),
  "en/issues/rel-a.md": issue({ title: "Rel A in English", date: "2021-03-01", tags: "[Alpha, Beta]" }),
  "zh-tw/issues/hostile.md": issue(
    { title: `'${HOSTILE.replace(/'/g, "''")}'`, description: `'${HOSTILE.replace(/'/g, "''")}'`, date: "2021-02-01T09:30:00+08:00", updated: "2021-02-03", tags: "[Hostile]" },
    "Body.\n",
  ),
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("reading and sharing", async () => {
  const site = await buildSite({ files });
  const $of = (path: string) => cheerio.load(readFileSync(join(site.output, path), "utf8"));
  const tocLinks = ($: cheerio.CheerioAPI, copy: string) => $(`nav.toc ${copy} a`).map((_, a) => $(a).attr("href")).get();

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  describe("contents", () => {
    it("are absent with 0 or 2 sections", () => {
      expect($of("zh-tw/issues/toc-0/index.html")("nav.toc")).toHaveLength(0);
      expect($of("zh-tw/issues/toc-2/index.html")("nav.toc")).toHaveLength(0);
    });

    it("with 3 sections: after the first paragraph, labelled, closed on phones, every link on the page", () => {
      const $ = $of("zh-tw/issues/toc-3/index.html");
      const nav = $("nav.toc");
      expect(nav.attr("aria-label")).toBe("目錄");
      expect(nav.prev().is("p")).toBe(true);
      expect(nav.prev().text()).toBe("第一段。");
      expect($("nav.toc details").attr("open")).toBeUndefined();
      expect($("nav.toc summary").text()).toBe("目錄");
      const links = tocLinks($, "details");
      expect(links).toEqual(["#linked-1", "#sub-11", "#sub-12", "#heading-2", "#heading-3"]);
      for (const link of links) expect($(`[id="${link.slice(1)}"]`)).toHaveLength(1);
      expect(tocLinks($, ".toc-open")).toEqual(links);
    });

    it("with 12 sections: every ## in order, the ### nested under theirs, link headings by their text, nothing off-site", () => {
      const $ = $of("zh-tw/issues/toc-12/index.html");
      expect($("nav.toc details > ol > li")).toHaveLength(12);
      expect($("nav.toc details > ol > li:first-child > a").text()).toBe("Linked 1");
      expect($("nav.toc details > ol > li:nth-child(4) > ol > li").map((_, li) => $(li).text()).get()).toEqual(["Sub 4.1", "Sub 4.2"]);
      expect(tocLinks($, "").every((href) => href.startsWith("#"))).toBe(true);
    });
  });

  describe("related issues", () => {
    const related = (path: string) => {
      const $ = $of(path);
      return $("section.related li a").map((_, a) => $(a).text()).get();
    };

    it("rank a shared tag and domain above a shared tag alone, each with its date", () => {
      expect(related("zh-tw/issues/rel-a/index.html")).toEqual(["Rel C", "Rel B"]);
      const $ = $of("zh-tw/issues/rel-a/index.html");
      expect($("section.related h2").text()).toBe("相關期數");
      expect($("section.related time").first().attr("datetime")).toBe("2021-06-01T00:00:00+08:00");
    });

    it("show no section for an issue with nothing in common, and never a translation", () => {
      expect($of("zh-tw/issues/rel-d/index.html")("section.related")).toHaveLength(0);
      expect($of("en/issues/rel-a/index.html")("section.related")).toHaveLength(0);
    });
  });

  describe("link previews", async () => {
    const pages = site.ok ? (await listFiles(site.output)).filter((file) => file.endsWith(".html")) : [];
    /** The file a URL of this site is served from. */
    const fileOf = (url: string) => {
      expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
      const path = decodeURI(url.slice(ORIGIN.length + 1));
      return join(site.output, path.endsWith("/") || path === "" ? `${path}index.html` : path);
    };
    const meta = ($: cheerio.CheerioAPI, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).map((_, m) => $(m).attr("content")).get();

    it.each(pages)("%s has Open Graph and Twitter fields that resolve to files of the site", (page) => {
      const $ = $of(page);
      const issuePage = page.includes("/issues/");
      expect(meta($, "og:title")[0]).toBeTruthy();
      expect(meta($, "og:description")[0]).toBeTruthy();
      expect(meta($, "og:url")).toEqual([$('link[rel="canonical"]').attr("href")]);
      if (page !== "404.html") expect(existsSync(fileOf(meta($, "og:url")[0]!))).toBe(true);
      expect(meta($, "og:type")).toEqual([issuePage ? "article" : "website"]);
      expect(meta($, "og:site_name")[0]).toMatch(/^WWW /);
      expect(meta($, "og:locale")).toEqual([$("html").attr("lang") === "en" ? "en_US" : "zh_TW"]);
      const image = fileOf(meta($, "og:image")[0]!);
      expect(pngSize(readFileSync(image))).toEqual({ width: Number(meta($, "og:image:width")[0]), height: Number(meta($, "og:image:height")[0]) });
      expect(meta($, "og:image:alt")[0]).toBeTruthy();
      expect(meta($, "twitter:card")).toEqual(["summary_large_image"]);
      const ld = $('script[type="application/ld+json"]');
      if (ld.length > 0) expect(() => JSON.parse(ld.text()) as unknown).not.toThrow();
      if (!issuePage) return;
      const posting = JSON.parse(ld.text()) as Record<string, unknown>;
      expect(posting["@type"]).toBe("BlogPosting");
      expect(posting.datePublished).toMatch(/\+08:00$/);
      expect(meta($, "article:published_time")).toEqual([posting.datePublished]);
      expect(posting.url).toBe(meta($, "og:url")[0]);
    });

    it("offer the translation's locale as an alternate, and tags and dates on issues", () => {
      const $ = $of("zh-tw/issues/rel-a/index.html");
      expect(meta($, "og:locale:alternate")).toEqual(["en_US"]);
      expect(meta($, "article:tag")).toEqual(["Alpha", "Beta"]);
      expect(meta($of("zh-tw/issues/rel-b/index.html"), "og:locale:alternate")).toEqual([]);
    });

    it("describe each home as a WebSite", () => {
      for (const home of ["zh-tw/index.html", "en/index.html", "index.html"]) {
        const $ = $of(home);
        expect((JSON.parse($('script[type="application/ld+json"]').text()) as { "@type": string })["@type"]).toBe("WebSite");
      }
    });

    it("carry a title and description with </script>, quotes and & through both Open Graph and JSON-LD", () => {
      const raw = readFileSync(join(site.output, "zh-tw/issues/hostile/index.html"), "utf8");
      const $ = cheerio.load(raw);
      expect(meta($, "og:title")).toEqual([HOSTILE]);
      expect(meta($, "og:description")).toEqual([HOSTILE]);
      const posting = JSON.parse($('script[type="application/ld+json"]').text()) as Record<string, unknown>;
      expect(posting).toMatchObject({ headline: HOSTILE, description: HOSTILE, keywords: ["Hostile"] });
      expect(posting).toMatchObject({ datePublished: "2021-02-01T09:30:00+08:00", dateModified: "2021-02-03T00:00:00+08:00" });
      expect(meta($, "article:modified_time")).toEqual(["2021-02-03T00:00:00+08:00"]);
      // The page has only the scripts it means to have: the title opened none.
      expect($("script")).toHaveLength(1);
      expect(raw).not.toContain("<script>x");
    });
  });
});
