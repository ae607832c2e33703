import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRenderer } from "../../src/content/markdown/createMarkdown.ts";
import { readIssue, type IssueSource } from "../../src/content/readIssue.ts";

const renderBody = createRenderer();
const render = (lang: IssueSource["lang"]) => (body: string, path: string) =>
  renderBody(body, { lang, target: "page", pathPrefix: "/", pageUrl: `https://weekly.example.org${path}` });

/** Text of any kind: every code point, ASCII controls, and YAML's and markdown's own characters. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: "binary", maxLength }),
    fc.string({ unit: "binary-ascii", maxLength }),
    fc.string({ unit: fc.constantFrom(..."-:#[]{}\"'`*&!|>@%,?\\\t\r\n \u00A0\u2028\u202E\u2069\uFEFF字aZ09"), maxLength }),
  );

/** A value an author might write after `key: `, well formed or not. */
const value = fc.oneof(
  anyText(40),
  fc.constantFrom("2020-02-01", "2020-02-30", "2020-02-01T00:00:11+08:00", "true", "no", "null", "~", "1.10", "[Rust, DevOps]", "[", '"', "'", "|", ">-", "*a", "&a x", "!!binary x"),
  fc.json({ maxDepth: 3 }),
  // Deep nesting and huge values, within what keeps a run short.
  fc.nat({ max: 200 }).map((depth) => `${"[".repeat(depth)}x${"]".repeat(depth)}`),
  fc.nat({ max: 60 }).map((depth) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}a:`).join("\n")),
  fc.nat({ max: 20_000 }).map((length) => "長".repeat(length)),
);

const frontMatterLine = fc.oneof(
  fc.tuple(fc.constantFrom("title", "date", "tags", "draft", "description", "cover", "title"), value).map(([key, v]) => `${key}: ${v}`),
  fc.constantFrom("---", "----", "--- js", "...", "# comment", "", "  - item", "\ttitle: tab"),
  anyText(30),
);

const markdownLine = fc.oneof(
  anyText(60),
  fc.constantFrom(
    "---", "## ", "#", "# 標題", "===", "- ", "> ", "```", "```js", "~~~", "    code", "| a | b |", "|---|---|", "[](https://example.org)", "![](a.png)",
    "[x](javascript:alert(1))", "<script>alert(1)</script>", "&nbsp;", "{% qa \"Q\" %}", "{% endqa %}", "{% qa %}", "{% youtube \"lviLZFciDv4\" %}",
    "{% youtube \"x\" %}", "https://youtu.be/lviLZFciDv4", "https://www.youtube.com/watch?v=tooShort", "{{ x }}", "{% raw %}", "\\", "*", "**", "`",
  ),
  fc.tuple(fc.integer({ min: 1, max: 7 }), anyText(20)).map(([level, text]) => `${"#".repeat(level)} ${text}`),
  fc.nat({ max: 300 }).map((depth) => `${"> ".repeat(depth)}x`),
  fc.nat({ max: 100 }).map((depth) => Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- x`).join("\n")),
);

const body = fc.array(markdownLine, { maxLength: 16 }).map((lines) => lines.join("\n"));

/** Front matter that passes, so the markdown after it is rendered. */
const goodFrontMatter = fc
  .tuple(fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), fc.constantFrom("", "tags: [Rust, 軟體工程]\n", "draft: true\n"))
  .map(([title, more]) => `---\ntitle: ${JSON.stringify(`WWW ${title}`)}\ndate: 2020-02-01\n${more}---\n`);

/** Any front matter at all: fields, junk and `---` lines, closed or not. */
const anyFrontMatter = fc
  .tuple(fc.constantFrom("---", "---yaml", "---js", "\uFEFF---", "---\r"), fc.array(frontMatterLine, { maxLength: 8 }), fc.boolean())
  .map(([open, fields, closed]) => [open, ...fields, ...(closed ? ["---"] : [])].join("\n"));

/** A whole file: front matter that passes or not, then markdown; sometimes anything at all. */
const file = fc.oneof(
  { arbitrary: fc.tuple(goodFrontMatter, body).map(([head, text]) => head + text), weight: 5 },
  { arbitrary: fc.tuple(anyFrontMatter, body).map(([head, text]) => `${head}\n${text}`), weight: 3 },
  { arbitrary: body, weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString("latin1")), weight: 1 },
);

describe("readIssue on any file at all", () => {
  it("returns an issue, or problems each naming the file and a line of it, and never throws", () => {
    fc.assert(
      fc.property(file, fc.constantFrom("zh-tw" as const, "en" as const), fc.boolean(), (text, lang, raw) => {
        // Half the files as bytes that may not be UTF-8 at all.
        const bytes = raw ? Buffer.from(text, "latin1") : Buffer.from(text);
        const source: IssueSource = { file: `content/${lang}/issues/x.md`, lang, name: "x", bytes };
        const result = readIssue(source, render(lang));
        if (result.issue) {
          expect(typeof result.issue.html).toBe("string");
          return;
        }
        // Lines as editors count them: a lone carriage return ends one too.
        const lines = bytes.toString("utf8").split(/\r\n|\r|\n/).length;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) {
          expect(problem.file).toBe(source.file);
          expect(Number.isInteger(problem.line), problem.message).toBe(true);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines);
          expect(problem.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
