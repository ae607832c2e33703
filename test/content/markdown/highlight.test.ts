import * as cheerio from "cheerio";
import Prism from "prismjs";
import { describe, expect, it } from "vitest";
import { createHighlighter } from "../../../src/content/markdown/highlight.ts";

const highlight = createHighlighter();
import { tokenHtml } from "../../../src/content/markdown/tokenHtml.ts";

const code = (source: string, language: string) => cheerio.load(highlight(source, language))("code").html() ?? "";

describe("highlighted code", () => {
  it("colours tokens and leaves punctuation in the text colour, without a span", () => {
    expect(code('fn main() { let x = "s"; }\n', "rust")).toBe(
      '<span class="hl-k">fn</span> <span class="hl-f">main</span>() { <span class="hl-k">let</span> x = <span class="hl-s">"s"</span>; }\n',
    );
  });

  it("gives punctuation its own colour back inside a coloured token", () => {
    // Prism reads `${` inside a template literal as punctuation within the string.
    const $ = cheerio.load(highlight("const t = `a${b + 1}c`;\n", "ts"));
    expect($(".hl-s").map((_, el) => $(el).text()).get()).toEqual(["`a", "c`"]);
    expect($("code").text()).toBe("const t = `a${b + 1}c`;\n");
    const html = code('<p class="a">x</p>\n', "html");
    expect(html).toContain('<span class="hl-s"><span class="hl-p">="</span>a<span class="hl-p">"</span></span>');
  });

  it("shares one span between neighbours of one colour", () => {
    expect(code("x = f\"{a}\"\n", "python")).toBe('x = <span class="hl-s">f"</span>{a}<span class="hl-s">"</span>\n');
  });

  it("runs Prism's hooks, so a grammar that embeds another works", () => {
    const $ = cheerio.load(highlight('<?php echo "hi"; ?>\n<p>x</p>\n', "php"));
    // Without the hooks, `?>` and the HTML after it came out as plain text.
    expect($(".hl-k").map((_, el) => $(el).text()).get()).toEqual(["<?php", "echo", "?>", "<p>", "</p>"]);
    expect($("code").text()).toBe('<?php echo "hi"; ?>\n<p>x</p>\n');
  });

  it("loads a listed language the first time it is asked for", () => {
    expect(code('main = putStrLn "hi"\n', "haskell")).toContain('<span class="hl-s">"hi"</span>');
  });

  it("escapes everything it writes", () => {
    const html = highlight("if a < b && c > d {}\n", "go");
    expect(html).toContain('<span class="hl-k">if</span> a &lt; b &amp;&amp; c &gt; d {}');
  });
});

describe("tokenHtml", () => {
  it("lets the later colour win when a token's type and alias disagree, as the old stylesheet did", () => {
    expect(tokenHtml([new Prism.Token("keyword", "x", "function")])).toBe('<span class="hl-f">x</span>');
    expect(tokenHtml([new Prism.Token("doc-comment", "/** x */", "comment")])).toBe('<span class="hl-c">/** x */</span>');
  });

  it("writes a token whose type has no colour as plain text", () => {
    expect(tokenHtml([new Prism.Token("parameter", ["a", new Prism.Token("keyword", "in")])])).toBe('a<span class="hl-k">in</span>');
  });
});
