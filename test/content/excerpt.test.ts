import { describe, expect, it } from "vitest";
import { excerpt, htmlToText } from "../../src/content/excerpt.ts";

describe("excerpts", () => {
  it("take the first paragraph's text without stray spaces around inline tags", () => {
    expect(excerpt("<h2>Head</h2><p>讓它<strong>「更小」</strong>，<a href='x'>連結</a> &amp; more</p><p>second</p>")).toBe(
      "讓它「更小」，連結 & more",
    );
  });

  it("cut long text on a character boundary", () => {
    const text = excerpt(`<p>${"😀".repeat(200)}</p>`, 10);
    expect(Array.from(text)).toHaveLength(11);
    expect(text.endsWith("…")).toBe(true);
  });

  it("turn block boundaries into spaces", () => {
    expect(htmlToText("<p>a</p><p>b</p>")).toBe("a b");
  });
});
