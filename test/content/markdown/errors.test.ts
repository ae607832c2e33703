import { describe, expect, it } from "vitest";
import { MarkdownSourceError } from "../../../src/content/errors.ts";
import { createRenderer } from "../../../src/content/markdown/createMarkdown.ts";
import { hasVideoEmbed } from "../../../src/content/markdown/youtube.ts";

const render = createRenderer();
const env = { lang: "zh-tw", target: "page", pathPrefix: "/", pageUrl: "https://weekly.example/zh-tw/issues/x/" } as const;

function failure(markdown: string): { line: number; message: string } {
  try {
    render(markdown, env);
  } catch (error) {
    if (error instanceof MarkdownSourceError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error("rendered without an error");
}

describe("mistakes an author can make, with the line they are on", () => {
  it.each([
    ["an unclosed qa", "前言。\n\n{% qa \"何謂 Distroless\" %}\n答案。\n", 3, /^qa is not closed; end its answer with \{% endqa %\}/],
    [
      "a qa whose endqa is missing before the next qa",
      '{% qa "一" %}\n答一。\n\n{% qa "二" %}\n答二。\n{% endqa %}\n',
      1,
      /^qa is not closed before the next qa on line 4; add \{% endqa %\} after its answer$/,
    ],
    ["an unclosed qa whose only endqa is in code", '{% qa "一" %}\n```\n{% endqa %}\n```\n', 1, /^qa is not closed;/],
    ["a qa in a list item closed outside it", '- 項目\n\n  {% qa "一" %}\n  答案\n\n{% endqa %}\n', 3, /^qa is not closed;/],
    ["an empty question", 'a\n\n{% qa "  " %}\n答案\n{% endqa %}\n', 3, /^qa has an empty question; write it between the quotes/],
    ["a question without quotes", "{% qa 何謂 %}\n答案\n{% endqa %}\n", 1, /^qa takes one quoted question: \{% qa "/],
    ["two questions", '{% qa "a" "b" %}\n答案\n{% endqa %}\n', 1, /^qa takes one quoted question/],
    ["an empty answer", 'x\n\n{% qa "為什麼？" %}\n\n{% endqa %}\n', 3, /^qa "為什麼？" has an empty answer; write it before \{% endqa %\}$/],
    ["an endqa without qa", "段落。\n\n{% endqa %}\n", 3, /^\{% endqa %\} has no \{% qa %\} to close/],
    [
      "a youtube id of the wrong length",
      'a\n\nb\n{% youtube "lviLZFciDv" %}\n',
      4,
      /^youtube: "lviLZFciDv" is not a YouTube video id; a video id is 11 letters, digits, "-" or "_"/,
    ],
    ["a youtube id with other characters", '{% youtube "lviLZFci<v4" %}\n', 1, /^youtube: "lviLZFci<v4" is not a YouTube video id/],
    ["a youtube address of another site", '{% youtube "https://vimeo.com/12345" %}\n', 1, /^youtube: "https:\/\/vimeo\.com\/12345" is not a YouTube video address/],
    ["a youtube shortcode without its argument", "{% youtube %}\n", 1, /^youtube takes a quoted video id or address/],
    ["a bare video address with a bad id", "前言。\n\nhttps://youtu.be/tooShort\n", 3, /^YouTube address: "tooShort" in https:\/\/youtu\.be\/tooShort is not a YouTube video id/],
    ["a bad id in an answer", '{% qa "Q" %}\n答案：\n\n{% youtube "x" %}\n{% endqa %}\n', 4, /^youtube: "x" is not/],
    ["an empty heading", "前言。\n\n## \n\n本文。\n", 3, /^heading has no text; write its text after the ##, or remove the heading$/],
    ["a heading of #s alone", "前言。\n\n###\n", 3, /^heading has no text; write its text after the ###/],
    ["a heading of white space written as an entity", "#### &nbsp;\n", 1, /^heading has no text; write its text after the ####/],
    ["a heading whose code span is blank", "## `  `\n", 1, /^heading has no text/],
    ["a heading whose only link has no text", "a\n\n## [](https://example.org)\n", 3, /^heading has no text; write its text after the ##, or remove the heading$/],
    [
      "a heading whose only image has no alt text",
      "## ![](a.png)\n",
      1,
      /^heading has no text; write its text after the ## \(an image in it needs alt text: !\[what it shows\]\(…\)\), or remove the heading$/,
    ],
    ["an underlined heading whose only link has no text", "a\n\n[](https://example.org)\n---\n", 3, /^heading has no text; write its text above its underline/],
    ["a heading in an answer", '{% qa "Q" %}\n答案：\n\n## \n{% endqa %}\n', 4, /^heading has no text/],
    [
      "a link without text",
      "前言。\n\n看 [](https://example.org)。\n",
      3,
      /^link to https:\/\/example\.org has no text; write its text between the brackets: \[text\]\(https:\/\/example\.org\)$/,
    ],
    ["a link whose text is white space, lines into its paragraph", "一\n二\n三 [ ](https://example.org)\n", 3, /^link to https:\/\/example\.org has no text/],
    ["a link whose text is white space, in Chinese lines cjk-breaks joins", "一行\n二行\n三行[ ](https://e.org)\n", 3, /^link to https:\/\/e\.org has no text/],
    ["a link in a list item", "- a\n- b [](https://e.org)\n", 2, /^link to https:\/\/e\.org has no text/],
  ])("%s", (_name, markdown, line, message) => {
    const found = failure(markdown);
    expect(found.message).toMatch(message);
    expect(found.line).toBe(line);
  });
});

describe("text in headings and links", () => {
  it.each([
    ["a heading with text", "## 前言\n"],
    ["a heading of a link with text", "## [Distroless](https://example.org)\n"],
    ["a heading of an image with alt text", "## ![logo](a.png)\n"],
    ["a heading of a zero-width space, which html-validate counts as text", "## \u200B\n"],
    ["a link around an image with alt text", "[![logo](a.png)](https://example.org)\n"],
    ["a bare URL", "https://example.org\n"],
    ["an autolink", "<https://example.org>\n"],
    ["a link in code", "`[](https://example.org)`\n"],
  ])("renders %s", (_name, markdown) => {
    expect(() => render(markdown, env)).not.toThrow();
  });
});

describe("hasVideoEmbed", () => {
  it("finds the placeholder the renderer writes", () => {
    expect(hasVideoEmbed(render('{% youtube "lviLZFciDv4" %}', env))).toBe(true);
    expect(hasVideoEmbed(render("https://youtu.be/lviLZFciDv4", env))).toBe(true);
  });
  it("is not fooled by an author writing the placeholder's markup as text or code", () => {
    const markup = '<div class="video" data-video-id="lviLZFciDv4">';
    expect(hasVideoEmbed(render(`${markup}\n\n\`${markup}\`\n\n\`\`\`html\n${markup}\n\`\`\`\n`, env))).toBe(false);
    expect(hasVideoEmbed(render("看 https://youtu.be/lviLZFciDv4 這場。", env))).toBe(false);
  });
});
