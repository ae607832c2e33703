import { describe, expect, it } from "vitest";
import { tagUrlProblems } from "../../../src/model/lint/tagUrls.ts";
import { linted } from "./linted.ts";

describe("tags the build refuses", () => {
  it("are none when no two tags share a URL", () => {
    expect(tagUrlProblems([linted({ tags: ["C++", "c++"] }), linted({ name: "b", tags: ["C#"] })])).toEqual([]);
  });

  it("are the build's errors with its messages, drafts included, put on the tags line", () => {
    const files = [linted({ name: "a", tags: ["C++"] }), linted({ name: "b", tags: ["c plus plus"], draft: true }), linted({ name: "c", refused: true })];
    expect(tagUrlProblems(files)).toEqual([
      {
        file: "content/zh-tw/issues/b.md",
        line: 4,
        severity: "error",
        message:
          'tag "c plus plus" and tag "C++" (in content/zh-tw/issues/a.md) are different tags that would share the URL segment "c-plus-plus"; ' +
          "spell them the same way or rename one of them",
      },
    ]);
  });
});
