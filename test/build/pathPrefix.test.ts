import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/build/commandLine.ts";
import { checkPathPrefix } from "../../src/build/pathPrefix.ts";

describe("the path prefix", () => {
  it("is / when none is given, and a path with a slash at each end as it is", () => {
    expect(checkPathPrefix(undefined)).toBe("/");
    expect(checkPathPrefix("/")).toBe("/");
    expect(checkPathPrefix("/weekly/")).toBe("/weekly/");
    expect(checkPathPrefix("/a/b.c~d_e-f/")).toBe("/a/b.c~d_e-f/");
  });

  it.each([
    ["weekly", /must start and end with \//],
    ["/weekly", /must start and end with \//],
    ["weekly/", /must start and end with \//],
    ["//other.host/", /is a URL, not a path/],
    ["https://weekly.example.org/weekly/", /is a URL, not a path/],
    ["/my weekly/", /has the segment "my weekly"/],
    ["/weekly?x=1/", /has the segment "weekly\?x=1"/],
    ["/weekly#top/", /has the segment "weekly#top"/],
    ["/../", /has the segment "\.\."/],
    ["/a/./", /has the segment "\."/],
    ["/a//b/", /has an empty segment/],
    ["/週報/", /has the segment "週報"/],
  ])("refuses %j, naming the fault and a good one", (value, fault) => {
    const check = () => checkPathPrefix(value);
    expect(check).toThrow(UsageError);
    expect(check).toThrow(fault);
    expect(check).toThrow(/such as --pathprefix=\/weekly\/$/);
  });
});
