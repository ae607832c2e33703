import { describe, expect, it } from "vitest";
import { cjkBigrams, cjkCharacters } from "../../../src/views/search/bigrams.ts";
import { searchRecords } from "../../../src/views/search/records.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const zh = makeIssue({ name: "www-0x02", title: "容器映像檔", tags: ["Docker", "軟體工程"], html: "<p>這週談<strong>容器</strong>。</p>\n" });
const untranslated = makeIssue({ name: "www-0x03" });
const en = makeIssue({ lang: "en", name: "www-0x02", title: "Container images", tags: ["Docker"], html: "<p>About containers.</p>\n" });
const model = await makeModel([zh, untranslated, en], { pathPrefix: "/weekly/" });

describe("an issue as the search index holds it", () => {
  it("is its language's own issues only, each at its URL under the path prefix", () => {
    expect(searchRecords(model, "zh-tw").map((r) => r.url).sort()).toEqual(["/weekly/zh-tw/issues/www-0x02/", "/weekly/zh-tw/issues/www-0x03/"]);
    expect(searchRecords(model, "en").map((r) => r.url)).toEqual(["/weekly/en/issues/www-0x02/"]);
    expect(searchRecords(model, "en")[0]!.language).toBe("en");
    expect(searchRecords(model, "zh-tw")[0]!.language).toBe("zh");
  });

  it("holds the body, title and tags, their Chinese as its bigrams in order then each character once; the body as written, for excerpts", () => {
    const record = searchRecords(model, "zh-tw").find((r) => r.url.endsWith("www-0x02/"))!;
    const text = "這週談容器。 容器映像檔 Docker 軟體工程";
    expect(record.content).toBe(["Docker", ...cjkBigrams(text), ...cjkCharacters(text)].join(" "));
    expect(record.meta.body).toBe("這週談容器。");
    expect(searchRecords(model, "en")[0]!.content).toBe("About containers. Container images Docker");
  });

  it("carries what a result shows: title, date, tags as links, and the tags to filter by", () => {
    const record = searchRecords(model, "en")[0]!;
    expect(record.meta).toMatchObject({ title: "Container images", date: "February 1, 2020", datetime: "2020-02-01T00:00:00+08:00" });
    expect(JSON.parse(record.meta.tags!)).toEqual([{ label: "Docker", href: "/weekly/en/tags/docker/" }]);
    expect(record.filters).toEqual({ tag: ["Docker"] });
  });
});
