import { describe, expect, it } from "vitest";
import { describeFailure } from "../../src/build/failure.ts";
import { ContentError } from "../../src/content/errors.ts";

const systemError = (code: string, path: string) => Object.assign(new Error(`${code}: message, open '${path}'`), { code, path });

describe("a failed build, told to its author", () => {
  it("lists each content problem once, under Eleventy's wrappers", () => {
    const content = new ContentError([
      { file: "content/zh-tw/issues/a.md", line: 3, message: "date is missing" },
      { file: "content/en/issues/b.md", message: "title is empty" },
    ]);
    const wrapped = Object.assign(new Error("Error processing the plugin"), { originalError: content });
    expect(describeFailure(wrapped, { verbose: false })).toEqual({
      lines: ["content/zh-tw/issues/a.md:3: date is missing\ncontent/en/issues/b.md: title is empty"],
      errors: 2,
    });
  });

  it.each([
    ["ENOSPC", "the disk is full"],
    ["EACCES", "permission was denied"],
    ["EROFS", "the file system is read-only"],
  ])("says what %s means and where, without a stack", (code, meaning) => {
    const { lines } = describeFailure(systemError(code, "_site/index.html"), { verbose: false });
    expect(lines).toEqual([`${meaning} (${code} at _site/index.html)`]);
  });

  it.each([
    ["EEXIST", "mkdir", "a file stands where the build makes a folder"],
    ["ENOTDIR", "mkdir", "a file stands where the build needs a folder"],
    ["EISDIR", "open", "a folder stands where the build writes a file"],
  ])("says what stands in the way for %s, where, and the fix", (code, syscall, meaning) => {
    const { lines } = describeFailure(Object.assign(systemError(code, ".cache/weekly/search"), { syscall }), { verbose: false });
    expect(lines).toEqual([`${meaning} (${code} at .cache/weekly/search): move or remove it, then build again`]);
  });

  it("gives EEXIST's own message when it is not a folder the build makes", () => {
    const error = Object.assign(systemError("EEXIST", "content/zh-tw/issues/www-0x02.md"), { syscall: "open" });
    expect(describeFailure(error, { verbose: false }).lines).toEqual(["EEXIST: message, open 'content/zh-tw/issues/www-0x02.md'"]);
  });

  it("gives any other error's message, and its stack only when asked for", () => {
    const error = new Error("something else");
    expect(describeFailure(error, { verbose: false }).lines).toEqual(["something else"]);
    expect(describeFailure(error, { verbose: true }).lines[1]).toMatch(/^Error: something else\n {4}at /);
  });
});
