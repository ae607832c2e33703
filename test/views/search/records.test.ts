import { describe, expect, it } from "vitest";
import { searchSources } from "../../../src/views/search/records.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const zh = makeIssue({ name: "www-0x02", title: "容器映像檔", tags: ["Docker", "軟體工程"], html: "<p>這週談<strong>容器</strong>。</p>\n" });
const untranslated = makeIssue({ name: "www-0x03" });
const en = makeIssue({ lang: "en", name: "www-0x02", title: "Container images", tags: ["Docker"], html: "<p>About containers.</p>\n" });
const model = await makeModel([zh, untranslated, en], { pathPrefix: "/weekly/" });

describe("the issues a language's search index takes", () => {
  it("are that language's own only, each at its URL under the path prefix", () => {
    expect(searchSources(model, "zh-tw").map((s) => s.url).sort()).toEqual(["/weekly/zh-tw/issues/www-0x02/", "/weekly/zh-tw/issues/www-0x03/"]);
    expect(searchSources(model, "en").map((s) => s.url)).toEqual(["/weekly/en/issues/www-0x02/"]);
  });

  it("carry what a result shows (title, date as the language writes it, tags as links) and the rendered body", () => {
    expect(searchSources(model, "en")[0]).toEqual({
      url: "/weekly/en/issues/www-0x02/",
      title: "Container images",
      date: "February 1, 2020",
      datetime: "2020-02-01T00:00:00+08:00",
      tags: [{ label: "Docker", href: "/weekly/en/tags/docker/" }],
      html: "<p>About containers.</p>\n",
    });
    expect(searchSources(model, "zh-tw").find((s) => s.title === "容器映像檔")?.date).toBe("2020年2月1日");
  });
});
