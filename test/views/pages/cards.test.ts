import { describe, expect, it } from "vitest";
import { issueCard } from "../../../src/views/pages/cards.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

const chinese = makeIssue({ name: "週報-1", date: "2020-02-01T00:00:00+08:00", tags: ["Rust", "軟體工程"], excerpt: "摘要。" });
const english = makeIssue({ lang: "en", name: "www-0x02", date: "2020-02-08T00:00:00+08:00" });
const model = await makeModel([chinese, english], { pathPrefix: "/weekly/" });

describe("an issue's card", () => {
  it("links the issue under the path prefix and shows its date in the page's language", () => {
    expect(issueCard(model, chinese, "zh-tw")).toEqual({
      href: "/weekly/zh-tw/issues/%E9%80%B1%E5%A0%B1-1/",
      title: "Title of zh-tw/週報-1",
      date: "2020年2月1日",
      datetime: "2020-02-01T00:00:00+08:00",
      summary: "摘要。",
      tags: [
        { label: "Rust", href: "/weekly/zh-tw/tags/rust/" },
        { label: "軟體工程", href: "/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/" },
      ],
    });
  });

  it("marks an issue in the other language as foreign, labelled in the page's language", () => {
    const card = issueCard(model, chinese, "en");
    expect(card.date).toBe("February 1, 2020");
    expect(card.foreign).toEqual({ lang: "zh-Hant-TW", hreflang: "zh-TW", label: "Chinese", labelLang: "en" });
    expect(card.tags.map((tag) => tag.href)).toEqual(["/weekly/zh-tw/tags/rust/", "/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/"]);
    expect(issueCard(model, english, "zh-tw").foreign).toEqual({ lang: "en", hreflang: "en", label: "英文", labelLang: "zh-Hant-TW" });
  });

  it("is the same object each time it is asked for in one build, one per language", () => {
    expect(issueCard(model, english, "en")).toBe(issueCard(model, english, "en"));
    expect(issueCard(model, english, "zh-tw")).not.toBe(issueCard(model, english, "en"));
  });
});

describe("a card in the dev server", () => {
  const now = new Date("2020-02-05T00:00:00+08:00");
  const draft = makeIssue({ name: "draft", date: "2020-01-25T00:00:00+08:00", draft: true });
  const future = makeIssue({ lang: "en", name: "future", date: "2020-02-08T00:00:00+08:00" });
  const published = makeIssue({ name: "published", date: "2020-02-01T00:00:00+08:00" });

  it("labels drafts and future issues in the page's language, and nothing published", async () => {
    const dev = await makeModel([draft, future, published], { mode: "development", now });
    expect(issueCard(dev, draft, "zh-tw").preview).toBe("草稿");
    expect(issueCard(dev, future, "en").preview).toBe("Draft");
    expect(issueCard(dev, future, "zh-tw").preview).toBe("草稿");
    expect(issueCard(dev, published, "zh-tw").preview).toBeUndefined();
  });
});
