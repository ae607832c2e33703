import { describe, expect, it } from "vitest";
import { encodePath, href } from "../../src/core/paths.ts";

describe("encodePath", () => {
  it("encodes each segment as encodeURIComponent does, whether or not it takes the ASCII shortcut", () => {
    const paths = [
      "/en/issues/www-0x12C/",
      "/en/tags/c-sharp/",
      "/a/b_c.d!e~f*g'h(i)j/",
      "/zh-tw/tags/軟體工程/",
      "/en/tags/c#/",
      "/en/tags/a b/",
      "/en/tags/100%/",
      "/en/tags/a?b&c=d/",
      "/en/tags/a+b/",
    ];
    for (const path of paths) {
      expect(encodePath(path)).toBe(path.split("/").map((segment) => encodeURIComponent(segment)).join("/"));
    }
    expect(encodePath("/zh-tw/tags/軟體/")).toBe("/zh-tw/tags/%E8%BB%9F%E9%AB%94/");
  });

  it("puts the path prefix in front", () => {
    expect(href("/weekly/", "/zh-tw/tags/軟體/")).toBe("/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94/");
    expect(href("/", "/en/")).toBe("/en/");
  });
});
