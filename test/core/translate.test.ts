import { describe, expect, it } from "vitest";
import { translate } from "../../src/core/translate.ts";

describe("translate", () => {
  it("gives a fixed string in the page's language", () => {
    expect(translate("zh-tw", "nav.home")).toBe("首頁");
    expect(translate("en", "nav.home")).toBe("Home");
  });

  it("fills every placeholder with its value", () => {
    expect(translate("zh-tw", "issue.readingTime", { minutes: 3 })).toBe("閱讀時間約 3 分鐘");
    expect(translate("en", "issue.readingTime", { minutes: 3 })).toBe("3 min read");
    expect(translate("zh-tw", "feed.tagTitle", { site: "WWW 週報", tag: "Rust" })).toBe("WWW 週報：Rust");
  });

  it("prints a value as given, even one that looks like a placeholder", () => {
    expect(translate("en", "tag.heading", { tag: "{tag}" })).toBe("Tag: {tag}");
  });

  it("throws naming the string and the placeholder it has no value for", () => {
    expect(() => translate("en", "tag.heading")).toThrow('string "tag.heading" needs a value for {tag}');
    expect(() => translate("zh-tw", "feed.tagTitle", { site: "WWW 週報" })).toThrow('string "feed.tagTitle" needs a value for {tag}');
  });
});
