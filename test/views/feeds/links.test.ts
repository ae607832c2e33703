import { describe, expect, it } from "vitest";
import { languageFeedLinks, tagFeedLink } from "../../../src/views/feeds/links.ts";
import { makeModel } from "../../support/issues.ts";

const model = await makeModel([], { pathPrefix: "/weekly/" });

describe("feed links", () => {
  it("offer a language's three feeds under the path prefix, titled in its language", () => {
    expect(languageFeedLinks(model, "en")).toEqual([
      { type: "application/atom+xml", href: "/weekly/en/feed.xml", title: "WWW Weekly · Atom feed" },
      { type: "application/rss+xml", href: "/weekly/en/rss.xml", title: "WWW Weekly · RSS feed" },
      { type: "application/feed+json", href: "/weekly/en/feed.json", title: "WWW Weekly · JSON Feed" },
    ]);
    expect(languageFeedLinks(model, "zh-tw").map((link) => link.title)).toEqual([
      "WWW 週報 · Atom 訂閱",
      "WWW 週報 · RSS 訂閱",
      "WWW 週報 · JSON Feed 訂閱",
    ]);
  });

  it("offer a tag's Atom feed beside its page, encoded, named after the tag", () => {
    expect(tagFeedLink(model, "zh-tw", { slug: "軟體工程", label: "軟體工程" })).toEqual({
      type: "application/atom+xml",
      href: "/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/feed.xml",
      title: "WWW 週報：軟體工程",
    });
    expect(tagFeedLink(model, "en", { slug: "c-sharp", label: "C#" })).toMatchObject({ href: "/weekly/en/tags/c-sharp/feed.xml", title: "WWW Weekly: C#" });
  });
});
