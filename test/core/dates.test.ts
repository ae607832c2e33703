import { describe, expect, it } from "vitest";
import { formatDate, machineDate, yearOf } from "../../src/core/dates.ts";

// Midnight of 1 February 2020 in Taipei, still 31 January in UTC.
const TAIPEI_MIDNIGHT = new Date("2020-01-31T16:00:00Z");

describe("dates as readers see them", () => {
  it("are written in the site's zone, in each language's own words", () => {
    expect(formatDate(TAIPEI_MIDNIGHT, "zh-tw")).toBe("2020年2月1日");
    expect(formatDate(TAIPEI_MIDNIGHT, "en")).toBe("February 1, 2020");
  });

  it("write a year before 1000 with four digits", () => {
    expect(formatDate(new Date("0999-06-01T00:00:00Z"), "zh-tw")).toBe("0999年6月1日");
    expect(formatDate(new Date("0999-06-01T00:00:00Z"), "en")).toBe("June 1, 0999");
  });
});

describe("machineDate", () => {
  it("gives the instant with the site's offset, to the second", () => {
    expect(machineDate(TAIPEI_MIDNIGHT)).toBe("2020-02-01T00:00:00+08:00");
    expect(machineDate(new Date("2020-01-31T16:00:11Z"))).toBe("2020-02-01T00:00:11+08:00");
  });
});

describe("yearOf", () => {
  it("is the year in the site's zone, not in UTC", () => {
    expect(yearOf(new Date("2019-12-31T16:30:00Z"))).toBe(2020);
    expect(yearOf(new Date("2019-12-31T15:30:00Z"))).toBe(2019);
  });
});
