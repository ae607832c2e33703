import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { atomSchemaProblems, feedKind, feedProblems, wellFormedProblems } from "../support/feedChecks.ts";

// The feed gate must fail on the faults it exists to catch.
const atom = (entries: string, attrs = ' xml:lang="en"') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"${attrs}><id>tag:x,2020:f</id><title>t</title>` +
  `<updated>2020-01-31T16:00:11Z</updated><author><name>a</name></author>${entries}</feed>`;
const entry = (id: string, content = "&lt;p&gt;hi&lt;/p&gt;") =>
  `<entry><id>${id}</id><title>e</title><updated>2020-01-31T16:00:11Z</updated><content type="html">${content}</content></entry>`;

async function file(name: string, text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), "weekly-feeds-")), name);
  await writeFile(path, text);
  return path;
}

describe("the feed checks behind the feed gate", () => {
  it("tells feeds from other files by their content", () => {
    expect(feedKind("en/feed.xml", atom(entry("a")))).toBe("atom");
    expect(feedKind("en/rss.xml", '<rss version="2.0"><channel/></rss>')).toBe("rss");
    expect(feedKind("en/feed.json", '{"version":"https://jsonfeed.org/version/1.1"}')).toBe("json");
    expect(feedKind("sitemap.xml", '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>')).toBeUndefined();
  });

  it("passes a valid Atom feed and rejects one the schema refuses", async () => {
    expect(await atomSchemaProblems([await file("ok.xml", atom(entry("a")))])).toEqual([]);
    const [problem] = await atomSchemaProblems([await file("bad.xml", atom("<entry><title>no id</title></entry>"))]);
    expect(problem).toMatch(/jing exited 1: .*bad\.xml.*error/);
  });

  it("reports ill-formed XML and undeclared namespace prefixes", async () => {
    expect(await wellFormedProblems([await file("amp.xml", "<a>&</a>")])).toHaveLength(1);
    expect(await wellFormedProblems([await file("ns.xml", "<rss><content:encoded/></rss>")])).toHaveLength(1);
  });

  it("reports the wrong language, repeated ids, relative URLs and scripts in content", () => {
    const content = "&lt;a href=&quot;/zh-tw/&quot;&gt;x&lt;/a&gt;&lt;iframe src=&quot;https://a.example/&quot;&gt;&lt;/iframe&gt;";
    expect(feedProblems("atom", atom(entry("a") + entry("a", content)), "zh-TW")).toEqual([
      'declares language "en", expected "zh-TW"',
      "has an entry id missing or repeated",
      "entry a: <iframe> in feed content",
      "entry a: relative URL /zh-tw/",
    ]);
  });

  it("reports RSS dates that are not RFC 822 and a JSON Feed of another version", () => {
    const rss = '<rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description><language>en</language>' +
      "<managingEditor>a@x.example (a)</managingEditor><item><title>i</title><guid>g</guid><pubDate>2020-01-31T16:00:11Z</pubDate>" +
      "<description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>";
    expect(feedProblems("rss", rss, "en")).toEqual(expect.arrayContaining(['item 0 pubDate "2020-01-31T16:00:11Z"']));
    const json = { version: "https://jsonfeed.org/version/1", title: "t", language: "en", authors: [{ name: "a" }],
      items: [{ id: "1", date_published: "2020-01-31T16:00:11Z", content_html: "<p>x</p>" }] };
    expect(feedProblems("json", JSON.stringify(json), "en")).toEqual(expect.arrayContaining(["version https://jsonfeed.org/version/1"]));
  });
});
