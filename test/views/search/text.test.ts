import { describe, expect, it } from "vitest";
import { visibleText } from "../../../src/views/search/text.ts";

describe("the text a reader sees in rendered HTML", () => {
  it("joins inline elements without a space, as a browser shows them", () => {
    expect(visibleText("<p>用<strong>容器</strong>化，<code>grep</code> 快<a href='x'>很多</a></p>")).toBe("用容器化，grep 快很多");
  });

  it("ends a run of text at a block, and collapses whitespace", () => {
    expect(visibleText("<h2>標題</h2>\n<p>段落</p><ul><li>一</li><li>二</li></ul>")).toBe("標題 段落 一 二");
  });

  it("decodes the entities markdown-it writes, and drops comments", () => {
    expect(visibleText("<p>a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#39; &#x4E2D;<!-- hidden --></p>")).toBe(`a & b <c> "d" 'e' 中`);
  });
});
