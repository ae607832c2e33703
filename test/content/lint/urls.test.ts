import { describe, expect, it } from "vitest";
import { readable, sitePath } from "../../../src/content/lint/urls.ts";

const page = "/zh-tw/issues/www-0x02/";

describe("the site path of an href", () => {
  it.each([
    ["/zh-tw/issues/www-0x01/", "/zh-tw/issues/www-0x01/"],
    ["../www-0x01/#part", "/zh-tw/issues/www-0x01/"],
    ["../www-0x01?ref=x", "/zh-tw/issues/www-0x01"],
    ["diagram.png", "/zh-tw/issues/www-0x02/diagram.png"],
    ["/zh-tw/issues/%E8%BB%9F%E9%AB%94/", "/zh-tw/issues/軟體/"],
    ["https://weekly.example.org/en/issues/www-0x01/", "/en/issues/www-0x01/"],
    ["/zh-tw/issues/%E0%A4%A/", "/zh-tw/issues/%E0%A4%A/"],
  ])("%s is %s", (href, path) => expect(sitePath(href, page)).toBe(path));

  it.each(["https://example.org/zh-tw/issues/www-0x01/", "//example.org/x", "mailto:a@example.org", "data:image/png;base64,AA", "#part", ""])(
    "%s is not on this site's pages",
    (href) => expect(sitePath(href, page)).toBeUndefined(),
  );
});

describe("an href shown to the author", () => {
  it("is decoded as written, or left alone when it cannot be", () => {
    expect(readable("/zh-tw/issues/%E8%BB%9F%E9%AB%94/")).toBe("/zh-tw/issues/軟體/");
    expect(readable("/a%E0%A4%A")).toBe("/a%E0%A4%A");
  });
});
