import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildSite, issue } from "../support/buildSite.ts";

describe("a built issue page", async () => {
  const site = await buildSite({ env: { TZ: "America/Los_Angeles" } });
  const $ = cheerio.load(await site.read("zh-tw/issues/www-0x02/index.html"));

  it("builds", () => expect(site.ok, site.stderr).toBe(true));

  it("has the title as its only h1", () => {
    expect($("h1")).toHaveLength(1);
    expect($("h1").text()).toBe("WWW 0x02: Distroless Docker for distressed human");
  });

  it("shows the date in Asia/Taipei whatever the machine's TZ", () => {
    const time = $(".issue-header time");
    expect(time.text()).toBe("2020年2月1日");
    expect(time.attr("datetime")).toBe("2020-02-01T00:00:11+08:00");
  });
});

describe("bad front matter", () => {
  it("names the file, line, field, value and fix", async () => {
    const site = await buildSite({
      files: { "zh-tw/issues/bad.md": issue({ title: '"Bad"', date: "2020-02-30" }) },
    });
    expect(site.ok).toBe(false);
    expect(site.stderr).toMatch(/zh-tw\/issues\/bad\.md:3: date "2020-02-30" is not a calendar date; write /);
  });
});
