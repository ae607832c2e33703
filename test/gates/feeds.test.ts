import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isLang, site as config, type Lang } from "../../src/core/site.ts";
import { atomSchemaProblems, feedKind, feedProblems, wellFormedProblems, type FeedKind } from "../support/feedChecks.ts";
import { buildSampleSite, type SampleSite } from "../support/sampleSite.ts";

// Stated here, not imported: the gate checks the code, it does not repeat it.
const FEED_LANG: Record<Lang, string> = { "zh-tw": "zh-TW", en: "en" };

describe("feed gate: every feed of the sample site", () => {
  let site: SampleSite;
  const feeds = new Map<string, FeedKind>();
  beforeAll(async () => {
    site = await buildSampleSite();
    for (const file of site.files) {
      const kind = feedKind(file, await site.read(file));
      if (kind) feeds.set(file, kind);
    }
  });
  const filesOf = (kind: FeedKind) => [...feeds].filter(([, k]) => k === kind).map(([file]) => file);

  it("finds each language's Atom, RSS and JSON feeds, a feed per tag, and the old feed paths", () => {
    for (const [path, { format }] of Object.entries(config.legacyFeeds ?? {})) expect(feeds.get(path.slice(1)), path).toBe(format);
    for (const lang of ["zh-tw", "en"]) {
      expect(feeds.get(`${lang}/feed.xml`), `${lang}/feed.xml`).toBe("atom");
      expect(feeds.get(`${lang}/rss.xml`), `${lang}/rss.xml`).toBe("rss");
      expect(feeds.get(`${lang}/feed.json`), `${lang}/feed.json`).toBe("json");
      expect(filesOf("atom").filter((file) => file.startsWith(`${lang}/tags/`)).length, `${lang} tag feeds`).toBeGreaterThan(0);
    }
  });

  it("publishes only well-formed XML: feeds, stylesheets, sitemap", async () => {
    const xml = site.files.filter((file) => /\.(xml|xsl)$/.test(file));
    expect(xml.length).toBeGreaterThan(0);
    expect(await wellFormedProblems(xml.map((file) => join(site.output, file)))).toEqual([]);
  });

  it("validates every Atom feed against the RFC 4287 RELAX NG schema", async () => {
    expect(await atomSchemaProblems(filesOf("atom").map((file) => join(site.output, file)))).toEqual([]);
  });

  it("meets each format's spec in every feed: language, author, unique ids, dates, absolute URLs, no script, parseable", async () => {
    const problems: string[] = [];
    for (const [file, kind] of feeds) {
      // A feed outside the language folders is an old feed path, a copy of one language's feed.
      const lang = config.legacyFeeds?.[`/${file}`]?.lang ?? file.split("/")[0] ?? "";
      const expected = isLang(lang) ? FEED_LANG[lang] : `a language folder for ${file}`;
      problems.push(...feedProblems(kind, await site.read(file), expected).map((problem) => `${file}: ${problem}`));
    }
    expect(problems).toEqual([]);
  });

  it("points every XML feed's stylesheet at a published file", async () => {
    const missing: string[] = [];
    for (const file of [...feeds.keys()].filter((f) => f.endsWith(".xml"))) {
      const href = /<\?xml-stylesheet[^>]*href="([^"]+)"/.exec(await site.read(file))?.[1];
      if (!href) continue;
      const target = decodeURIComponent(new URL(href, "https://site.invalid/").pathname).replace(/^\//, "");
      if (!site.files.includes(target)) missing.push(`${file}: stylesheet ${href} is not in the output`);
    }
    expect(missing).toEqual([]);
  });
});
