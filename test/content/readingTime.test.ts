import { describe, expect, it } from "vitest";
import { readingCounts, readingMinutes } from "../../src/content/readingTime.ts";

describe("reading time", () => {
  it("counts CJK characters and Latin words separately", () => {
    expect(readingMinutes("字".repeat(800))).toBe(2);
    expect(readingMinutes("word ".repeat(400))).toBe(2);
    expect(readingMinutes(`${"字".repeat(400)} ${"word ".repeat(200)}`)).toBe(2);
  });

  it("reads rendered HTML: tags are not words, block tags part words, inline tags do not", () => {
    expect(readingCounts('<h2 id="a-b">Go 與 Rust</h2><p>a<em>b</em>c</p><p>d</p>')).toEqual({ cjk: 1, words: 4 });
    expect(readingCounts("<ul><li>one</li><li>two</li></ul><pre><code>x</code></pre>")).toEqual({ cjk: 0, words: 3 });
  });

  it("skips hidden elements whole and reads tag names in any case", () => {
    expect(readingCounts("<p>one<script>var x = 1;</script>two</p><STYLE>p { x: y }</STYLE>")).toEqual({ cjk: 0, words: 2 });
    expect(readingCounts("a<BR>b<Span>c</Span><sup>d</sup><template>e</template>")).toEqual({ cjk: 0, words: 2 });
  });

  it("reads entities as their characters", () => {
    expect(readingCounts("<p>don&#39;t AT&amp;T &lt;p&gt;</p>")).toEqual({ cjk: 0, words: 4 });
  });

  it("counts kana, hangul and characters beyond the BMP, and keeps words whole across them", () => {
    expect(readingCounts("ひらがなカタカナ한국어𠀀")).toEqual({ cjk: 12, words: 0 });
    expect(readingCounts("Rust字Go😀x-y_z’s")).toEqual({ cjk: 1, words: 3 });
  });

  it("never says zero minutes", () => {
    expect(readingMinutes("短")).toBe(1);
    expect(readingMinutes("")).toBe(1);
  });
});
