import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/errors.ts";

describe("ContentError", () => {
  it("says each problem once, on a line of its own, in the order found", () => {
    const error = new ContentError([
      { file: "content/en/issues/b.md", line: 3, message: "date is missing" },
      { file: "content/en/issues/a.md", message: 'tags contains "\\u200B", which has nothing visible' },
      { file: "content/en/issues/b.md", line: 3, message: "date is missing" },
    ]);
    expect(error.message).toBe('content/en/issues/b.md:3: date is missing\ncontent/en/issues/a.md: tags contains "\\u200B", which has nothing visible');
    expect(error.problems).toHaveLength(2);
  });
});
