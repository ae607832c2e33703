import { describe, expect, it } from "vitest";
import { frontMatterSchema } from "../../../src/content/frontMatter/schema.ts";
import { parseYaml } from "../../../src/content/frontMatter/yaml.ts";

const check = (yaml: string) => frontMatterSchema.safeParse(parseYaml(yaml));
const problems = (yaml: string) => {
  const result = check(yaml);
  if (result.success) throw new Error(`expected ${yaml} to be refused`);
  return Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
};

describe("front-matter schema", () => {
  it("accepts the reference issue and keeps unknown keys", () => {
    const result = check(
      "title: 'WWW 0x02: Distroless Docker for distressed human'\ndate: 2020-02-01T00:00:11+08:00\ntags: [Weekly, Rust, DevOps]\ncover: /c.png\nkatex: true",
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      title: "WWW 0x02: Distroless Docker for distressed human",
      tags: ["Weekly", "Rust", "DevOps"],
      draft: false,
      cover: { image: "/c.png" },
      katex: true,
    });
    expect(result.data.date.toISOString()).toBe("2020-01-31T16:00:11.000Z");
    expect(result.data.description).toBeUndefined();
  });

  it("reads cover: as a file name or as PaperMod's { image, alt }, and refuses one that names no image", () => {
    const cover = (yaml: string) => check(`title: T\ndate: 2020-02-01\n${yaml}`);
    expect(cover("cover: arch.png")).toMatchObject({ success: true, data: { cover: { image: "arch.png" } } });
    expect(cover("cover:\n  image: arch.png\n  alt: 架構圖\n  relative: true")).toMatchObject({ success: true, data: { cover: { image: "arch.png", alt: "架構圖" } } });
    for (const bad of ["cover: 3", "cover: [a.png]", "cover:\n  alt: 架構圖", "cover:\n  image: a.png\n  alt: 3"]) {
      const result = cover(bad);
      expect(result.success, bad).toBe(false);
      expect(JSON.stringify(result.error?.issues), bad).toContain("write cover: arch.png (an image in the issue's folder)");
    }
  });

  it("reads a bare date as midnight in Asia/Taipei", () => {
    const result = check("title: x\ndate: 2020-02-01");
    expect(result.success && result.data.date.toISOString()).toBe("2020-01-31T16:00:00.000Z");
  });

  it("refuses a title YAML reads as a number, asking to quote it", () => {
    expect(problems("title: 1.10\ndate: 2020-02-01").title).toMatch(/number 1\.1 .*quote it/);
  });

  it("refuses a missing or empty title", () => {
    expect(problems("date: 2020-02-01").title).toMatch(/missing.*needs a title/);
    expect(problems("title: '  '\ndate: 2020-02-01").title).toMatch(/needs a title/);
  });

  it.each(["2020-02-30", "2020-13-45", "2021-02-29"])("refuses %s, a date off the calendar", (date) => {
    expect(problems(`title: x\ndate: ${date}`).date).toBe(
      `"${date}" is not a calendar date; write a date such as 2020-02-01 or a date-time with offset such as 2020-02-01T00:00:11+08:00`,
    );
  });

  it("refuses a missing date and one that is not a date", () => {
    expect(problems("title: x").date).toMatch(/^is missing; write a date/);
    expect(problems("title: x\ndate: last tuesday").date).toMatch(/"last tuesday" is not a date/);
    expect(problems("title: x\ndate: 2020").date).toMatch(/2020 is not a date/);
  });

  it("reads updated as date is read, and leaves it out when absent", () => {
    const result = check("title: x\ndate: 2020-02-01\nupdated: 2020-02-03T10:00:00+08:00");
    expect(result.success && result.data.updated?.toISOString()).toBe("2020-02-03T02:00:00.000Z");
    const without = check("title: x\ndate: 2020-02-01");
    expect(without.success && without.data.updated).toBeUndefined();
  });

  it("refuses an updated date off the calendar, or before the issue's date", () => {
    expect(problems("title: x\ndate: 2020-02-01\nupdated: 2020-02-30").updated).toMatch(/^"2020-02-30" is not a calendar date; write a date/);
    expect(problems("title: x\ndate: 2020-02-01\nupdated: yesterday").updated).toMatch(/"yesterday" is not a date/);
    expect(problems("title: x\ndate: 2020-02-03\nupdated: 2020-02-01").updated).toBe(
      "2020-02-01T00:00:00+08:00 is before date 2020-02-03T00:00:00+08:00; an issue cannot change before it is published, so write a date on or after it, or leave updated out",
    );
  });

  it("refuses the string 'no' as a draft flag instead of reading it as truthy", () => {
    expect(problems("title: x\ndate: 2020-02-01\ndraft: no").draft).toBe('is "no"; write draft: true or draft: false');
    expect(problems("title: x\ndate: 2020-02-01\ndraft: 'yes'").draft).toMatch(/write draft: true/);
  });

  it("refuses tags that are not a list of names", () => {
    expect(problems("title: x\ndate: 2020-02-01\ntags: Rust").tags).toBe('is "Rust", not a list; write tags: [Rust]');
    expect(problems("title: x\ndate: 2020-02-01\ntags: [Rust, '']").tags).toMatch(/contains "".*not a tag name/);
    expect(problems("title: x\ndate: 2020-02-01\ntags: [2020]").tags).toMatch(/contains 2020.*quote it/);
  });

  it("refuses an empty description", () => {
    expect(problems("title: x\ndate: 2020-02-01\ndescription: ''").description).toMatch(/leave the field out/);
  });

  it("reports every bad field at once", () => {
    expect(Object.keys(problems("title: 3\ndate: 2020-02-30\ndraft: no"))).toEqual(["title", "date", "draft"]);
  });

  it("reads aliases as paths from the site root and feedId as text", () => {
    const result = check('title: x\ndate: 2020-02-01\naliases: [/posts/2020/www-0x0a/, /old.html]\nfeedId: "https://example.org/posts/2020/www-0x0a/"');
    expect(result.success && result.data).toMatchObject({ aliases: ["/posts/2020/www-0x0a/", "/old.html"], feedId: "https://example.org/posts/2020/www-0x0a/" });
    const bare = check("title: x\ndate: 2020-02-01");
    expect(bare.success && [bare.data.aliases, bare.data.feedId]).toEqual([[], undefined]);
  });

  it("refuses an alias that is not a path from the site root, naming it and the fix", () => {
    const fix = "write a path from the site root, such as /posts/2020/www-0x0a/";
    expect(problems("title: x\ndate: 2020-02-01\naliases: /posts/a/").aliases).toBe('is "/posts/a/", not a list; write aliases: ["/posts/2020/www-0x0a/"]');
    expect(problems("title: x\ndate: 2020-02-01\naliases: [posts/a/]").aliases).toBe(`contains "posts/a/", which is not a path from the site root; ${fix}`);
    expect(problems("title: x\ndate: 2020-02-01\naliases: [//evil.example/]").aliases).toMatch(/not a path from the site root/);
    expect(problems("title: x\ndate: 2020-02-01\naliases: [/a/../b/]").aliases).toBe(`contains "/a/../b/", with a "." or ".." segment; ${fix}`);
    expect(problems("title: x\ndate: 2020-02-01\naliases: [/a/?p=1]").aliases).toMatch(/query or #fragment no static host can serve/);
    expect(problems("title: x\ndate: 2020-02-01\nfeedId: 3").feedId).toMatch(/^is 3; write the old feed's guid in quotes/);
  });
});
