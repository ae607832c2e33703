import { describe, expect, it } from "vitest";
import { parseHugoPost, PostError } from "../../../src/author/importHugo/hugoFrontMatter.ts";
import { mapFrontMatter } from "../../../src/author/importHugo/mapFrontMatter.ts";

const old = { path: "/posts/2020/www-0x0a/", url: "https://example.org/posts/2020/www-0x0a/" };
const lineOf = (text: string) => {
  try {
    parseHugoPost(text);
  } catch (error) {
    if (error instanceof PostError) return `${error.line}: ${error.message}`;
    throw error;
  }
  return "read";
};

describe("a Hugo post's front matter", () => {
  it("reads YAML, TOML and JSON, dates kept as written with their offset", () => {
    expect(parseHugoPost("---\ntitle: A\ndate: 2020-02-01T00:00:11+08:00\n---\nBody\n")).toEqual({ data: { title: "A", date: "2020-02-01T00:00:11+08:00" }, body: "Body\n" });
    expect(parseHugoPost('+++\ntitle = "A"\ndate = 2020-02-01T00:00:11+08:00\nday = 2020-02-01\n+++\nBody').data).toEqual({ title: "A", date: "2020-02-01T00:00:11+08:00", day: "2020-02-01" });
    expect(parseHugoPost('{\n  "title": "A",\n  "tags": ["x"]\n}\nBody').data).toEqual({ title: "A", tags: ["x"] });
  });

  it("names the line of a malformed block", () => {
    expect(lineOf('---\ntitle: "open\ndate: 2020-02-01\n---\n')).toMatch(/^2: title: the quoted text is never closed/);
    expect(lineOf("+++\ntitle = \"A\"\ndate = \n+++\n")).toMatch(/^3: TOML front matter cannot be read/);
    expect(lineOf("---\ntitle: A\n")).toBe("1: front matter opened with --- is never closed; close it with a line ---");
    expect(lineOf("Just text.\n")).toMatch(/^1: has no front matter/);
  });
});

describe("the imported issue's front matter", () => {
  it("maps title, date, tags, draft and summary, adds the alias and feed id, and keeps every other key", () => {
    const data = { title: "WWW 0x0A", date: "2020-03-07T00:00:11+08:00", tags: ["Rust"], draft: true, summary: "一句話。", cover: { image: "a.png" } };
    expect(mapFrontMatter(data, old)).toBe(
      '---\ntitle: "WWW 0x0A"\ndate: 2020-03-07T00:00:11+08:00\ntags: ["Rust"]\ndraft: true\ndescription: "一句話。"\naliases: ["/posts/2020/www-0x0a/"]\nfeedId: "https://example.org/posts/2020/www-0x0a/"\ncover:\n  image: a.png\n---\n',
    );
  });

  it("prefers description to summary, keeping summary, and adds Hugo's own aliases, relative ones resolved", () => {
    const text = mapFrontMatter({ title: "A", date: "2020-03-07", description: "D", summary: "S", aliases: ["/old/a/", "b/"] }, old);
    expect(text).toContain('description: "D"\naliases: ["/posts/2020/www-0x0a/", "/old/a/", "/posts/2020/www-0x0a/b/"]\n');
    expect(text).toContain("\nsummary: S\n");
  });
});
