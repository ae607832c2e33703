import { describe, expect, it } from "vitest";
import { parseIssueDate } from "../../../src/content/frontMatter/dates.ts";

const instant = (text: string) => {
  const parsed = parseIssueDate(text, "Asia/Taipei");
  return parsed.ok ? parsed.date.toISOString() : parsed.problem;
};

describe("issue dates", () => {
  it("keeps the instant of a date-time with an offset", () => {
    expect(instant("2020-02-01T00:00:11+08:00")).toBe("2020-01-31T16:00:11.000Z");
    expect(instant("2020-02-01T00:00:11Z")).toBe("2020-02-01T00:00:11.000Z");
    expect(instant("2020-02-01T00:00:11-05:00")).toBe("2020-02-01T05:00:11.000Z");
  });

  it("reads every form of offset, fraction and day as luxon does", () => {
    expect(instant("2024-02-29T23:59:59.5+08:00")).toBe("2024-02-29T15:59:59.500Z");
    expect(instant("2020-02-01T05:45:00.1234+05:45")).toBe("2020-02-01T00:00:00.123Z");
    expect(instant("2020-02-01 09:30+0800")).toBe("2020-02-01T01:30:00.000Z");
    expect(instant("2020-02-01T00:00:00-00:00")).toBe("2020-02-01T00:00:00.000Z");
    expect(instant("2020-02-01T24:00:00+08:00")).toBe("2020-02-01T16:00:00.000Z");
    expect(instant("2020-01-01T00:00:00+15:00")).toBe("2019-12-31T09:00:00.000Z");
    expect(instant("2023-02-29T10:00+08:00")).toBe("is not a calendar date");
    expect(instant("2020-04-31T10:00:00Z")).toBe("is not a calendar date");
    expect(instant("2020-02-01T10:60:00+08:00")).toBe("is not a calendar date");
  });

  it("reads a bare date and a date-time without offset in the site's zone", () => {
    expect(instant("2020-02-01")).toBe("2020-01-31T16:00:00.000Z");
    expect(instant("2020-02-01T09:30")).toBe("2020-02-01T01:30:00.000Z");
    expect(instant("2020-02-01 09:30:00")).toBe("2020-02-01T01:30:00.000Z");
  });

  it("refuses dates off the calendar instead of rolling them over", () => {
    expect(instant("2020-02-30")).toBe("is not a calendar date");
    expect(instant("2020-13-45")).toBe("is not a calendar date");
    expect(instant("2020-02-01T25:00:00+08:00")).toBe("is not a calendar date");
    expect(instant("2020-02-29")).toBe("2020-02-28T16:00:00.000Z");
  });

  it("refuses text that is not a date", () => {
    expect(instant("Feb 1, 2020")).toBe("is not a date");
    expect(instant("20200201")).toBe("is not a date");
  });
});
