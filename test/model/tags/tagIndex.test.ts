import { describe, expect, it } from "vitest";
import { Catalog } from "../../../src/model/catalog.ts";
import { ContentError } from "../../../src/content/errors.ts";
import type { Issue } from "../../../src/content/issue.ts";
import type { Lang } from "../../../src/core/site.ts";
import { TagIndex, issueTags } from "../../../src/model/tags/tagIndex.ts";

/** Just what the tag index reads of an issue. */
function issue(lang: Lang, name: string, date: string, tags: string[]): Issue {
  return {
    lang, name, tags, date: new Date(date), file: `content/${lang}/issues/${name}.md`, path: `/${lang}/issues/${name}/`,
    title: name, draft: false, body: "", html: "", excerpt: "", readingMinutes: 1,
  } as Issue;
}

const index = (...issues: Issue[]) => new TagIndex(new Catalog(issues));

describe("the tag index", () => {
  it("gathers spellings of one tag on one page, newest issue first", () => {
    const tags = index(
      issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["rust"]),
      issue("zh-tw", "b", "2020-01-03T00:00:00Z", ["Rust"]),
      issue("zh-tw", "c", "2020-01-02T00:00:00Z", ["ＲＵＳＴ", "Ru\u200Bst"]),
      issue("zh-tw", "d", "2020-01-04T00:00:00Z", ["Rust"]),
    );
    expect(tags.byLang["zh-tw"]).toHaveLength(1);
    const rust = tags.get("zh-tw", "rust");
    expect(rust?.label).toBe("Rust");
    expect(rust?.issues.map((i) => i.name)).toEqual(["d", "b", "c", "a"]);
  });

  it("breaks a tie between spellings the same way every time", () => {
    const one = index(issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["rust"]), issue("zh-tw", "b", "2020-01-02T00:00:00Z", ["Rust"]));
    const other = index(issue("zh-tw", "b", "2020-01-02T00:00:00Z", ["Rust"]), issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["rust"]));
    expect(one.get("zh-tw", "rust")?.label).toBe("Rust");
    expect(other.get("zh-tw", "rust")?.label).toBe("Rust");
  });

  it("counts an issue once when it names a tag twice", () => {
    const only = issue("en", "a", "2020-01-01T00:00:00Z", ["Rust", "rust"]);
    expect(issueTags(only).map((t) => t.label)).toEqual(["Rust"]);
    expect(index(only).get("en", "rust")?.issues).toHaveLength(1);
  });

  it("keeps each language's tags to its own issues", () => {
    const tags = index(issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["軟體工程"]), issue("en", "b", "2020-01-01T00:00:00Z", ["Rust"]));
    expect(tags.byLang["zh-tw"].map((t) => t.label)).toEqual(["軟體工程"]);
    expect(tags.byLang.en.map((t) => t.label)).toEqual(["Rust"]);
    expect(tags.get("en", "軟體工程")).toBeUndefined();
  });

  it("is empty when no issue has tags", () => {
    const tags = index(issue("zh-tw", "a", "2020-01-01T00:00:00Z", []));
    expect(tags.byLang["zh-tw"]).toEqual([]);
  });

  it("orders the index by number of issues, then by name", () => {
    const tags = index(
      issue("en", "a", "2020-01-01T00:00:00Z", ["Zig", "C#"]),
      issue("en", "b", "2020-01-02T00:00:00Z", ["Zig", "C++"]),
    );
    expect(tags.byLang.en.map((t) => t.label)).toEqual(["Zig", "C#", "C++"]);
  });

  it("refuses two different tags that would share a URL, naming both and their files", () => {
    const build = () =>
      index(issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["C++"]), issue("en", "b", "2020-01-02T00:00:00Z", ["c plus plus"]));
    expect(build).toThrow(ContentError);
    expect(build).toThrow(
      /content\/en\/issues\/b\.md: tag "c plus plus" and tag "C\+\+" \(in content\/zh-tw\/issues\/a\.md\) are different tags that would share the URL segment "c-plus-plus"/,
    );
  });

  it("reports each problem once per file that has it, however many spellings lead to it", () => {
    let error: ContentError | undefined;
    try {
      index(
        issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["C++", "\u200B", "\u2060"]),
        issue("en", "a", "2020-01-01T00:00:00Z", ["c plus plus", "C Plus Plus", "\u200B"]),
        issue("en", "b", "2020-01-02T00:00:00Z", ["c plus plus"]),
      );
    } catch (thrown) {
      error = thrown as ContentError;
    }
    expect(error?.problems.map((p) => `${p.file}: ${p.message.split(",")[0]}`)).toEqual([
      'content/zh-tw/issues/a.md: tags contains "\\u200B"',
      'content/en/issues/a.md: tag "c plus plus" and tag "C++" (in content/zh-tw/issues/a.md) are different tags that would share the URL segment "c-plus-plus"; spell them the same way or rename one of them',
      'content/en/issues/a.md: tags contains "\\u200B"',
      'content/en/issues/b.md: tag "c plus plus" and tag "C++" (in content/zh-tw/issues/a.md) are different tags that would share the URL segment "c-plus-plus"; spell them the same way or rename one of them',
    ]);
  });

  it("refuses a tag with nothing visible in it, naming the file", () => {
    expect(() => index(issue("zh-tw", "a", "2020-01-01T00:00:00Z", ["\u200B"]))).toThrow(
      /content\/zh-tw\/issues\/a\.md: tags contains "\\u200B", which has nothing visible/,
    );
  });
});
