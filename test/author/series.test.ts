import { describe, expect, it } from "vitest";
import { detectSeries, lastNumber, nextIssue } from "../../src/author/series.ts";

describe("the series of issues", () => {
  it("continues after the highest number, gaps and other files aside, in the newest issue's form", () => {
    const detected = detectSeries([
      { name: "www-0x01", title: "WWW 0x01: first" },
      { name: "www-0x17", title: "WWW 0x17: Distroless" },
      { name: "www-0x0A", title: "WWW 0x0A: ten" },
      { name: "hello-world", title: "Hello" },
    ]);
    expect(detected).toEqual({ series: { filePrefix: "www-", titlePrefix: "WWW ", numbering: "hex", digits: 2 }, last: 0x17 });
    expect(nextIssue(detected!.series, detected!.last)).toEqual({ name: "www-0x18", number: 24, written: "0x18", title: "WWW 0x18: " });
  });

  it("keeps lower-case hex digits and widens past the last digit", () => {
    const detected = detectSeries([{ name: "www-0xfe", title: "WWW 0xfe: x" }, { name: "www-0xff" }]);
    expect(nextIssue(detected!.series, detected!.last)).toMatchObject({ name: "www-0x100", number: 256, title: "WWW 0x100: " });
  });

  it("reads a decimal series, and a title prefix from the file name when the title has no number", () => {
    const detected = detectSeries([{ name: "issue-009", title: "A title" }, { name: "issue-010" }]);
    expect(detected?.series).toEqual({ filePrefix: "issue-", titlePrefix: "ISSUE ", numbering: "decimal", digits: 3 });
    expect(nextIssue(detected!.series, detected!.last).name).toBe("issue-011");
  });

  it("is undefined when no file is numbered", () => {
    expect(detectSeries([{ name: "hello-world" }])).toBeUndefined();
  });

  it("counts only the files of a configured series", () => {
    const series = { filePrefix: "www-", titlePrefix: "WWW ", numbering: "hex" as const, digits: 2 };
    expect(lastNumber(series, ["www-0x03", "old-0x40", "www-0x1F", "notes"])).toBe(0x1f);
    expect(lastNumber(series, [])).toBe(0);
  });
});
