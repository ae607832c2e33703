import { describe, expect, it } from "vitest";
import { hugoPath, unknownTokens, type HugoPage } from "../../../src/author/importHugo/permalink.ts";

const page = (fields: Partial<HugoPage> = {}): HugoPage => ({ sections: ["posts"], filename: "www-0x0A", title: "WWW 0x0A: Hello World", date: "2020-03-07T00:00:11+08:00", ...fields });

describe("a post's old URL, as Hugo made it", () => {
  it("fills the weekly's pattern and lowercases it, as Hugo does by default", () => {
    expect(hugoPath(page(), "/posts/:year/:filename/", true)).toBe("/posts/2020/www-0x0a/");
  });

  it("keeps the case with disablePathToLower", () => {
    expect(hugoPath(page(), "/posts/:year/:filename/", false)).toBe("/posts/2020/www-0x0A/");
  });

  it("takes the day in the date's own offset, not UTC's", () => {
    expect(hugoPath(page({ date: "2020-01-01T00:30:00+08:00" }), "/:year/:month/:day/:filename/", true)).toBe("/2020/01/01/www-0x0a/");
  });

  it("knows the date tokens, the sections, :title and :slug (urlized), :slug falling back to the title", () => {
    const tokens = "/:monthname/:weekday/:weekdayname/:yearday/:section/:sections/";
    expect(hugoPath(page({ sections: ["posts", "2020"] }), tokens, false)).toBe("/March/6/Saturday/67/posts/posts/2020/");
    expect(hugoPath(page(), "/:title/", true)).toBe("/www-0x0a-hello-world/");
    expect(hugoPath(page(), "/:slug/", true)).toBe("/www-0x0a-hello-world/");
    expect(hugoPath(page({ slug: "My Slug" }), "/:slug/", true)).toBe("/my-slug/");
    expect(hugoPath(page({ slug: "my-slug" }), "/:slugorfilename/", true)).toBe("/my-slug/");
  });

  it("keeps CJK letters and drops what Hugo drops", () => {
    expect(hugoPath(page({ title: "軟體 工程？(二)" }), "/:title/", true)).toBe("/軟體-工程二/");
  });

  it("is the file's own path without a pattern, and front matter url as written", () => {
    expect(hugoPath(page(), undefined, true)).toBe("/posts/www-0x0a/");
    expect(hugoPath(page({ url: "/Special/Path/" }), "/posts/:year/:filename/", true)).toBe("/Special/Path/");
  });

  it("names the tokens Hugo does not know", () => {
    expect(unknownTokens("/posts/:year/:filname/")).toEqual(["filname"]);
    expect(unknownTokens("/posts/:year/:month/:day/:slug/")).toEqual([]);
  });
});
