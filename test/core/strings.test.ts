import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { formatDate, machineDate } from "../../src/core/dates.ts";
import { dictionaries, en, zhTW } from "../../src/core/strings.ts";
import { translate } from "../../src/core/translate.ts";
import { languages } from "../../src/core/site.ts";

describe("dictionaries", () => {
  // The type `Record<StringKey, string>` makes a missing English key a compile error; this
  // catches the reverse (a stray key) and empty strings, which the type cannot.
  it("give every language exactly the same keys, none empty", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhTW).sort());
    for (const lang of languages) {
      for (const [key, text] of Object.entries(dictionaries[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe("");
    }
  });

  it("use the same placeholders in every language", () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zhTW) as (keyof typeof zhTW)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zhTW[key]));
    }
  });

  it("fill placeholders and refuse a missing value", () => {
    expect(translate("zh-tw", "issue.readingTime", { minutes: 3 })).toBe("閱讀時間約 3 分鐘");
    expect(translate("en", "issue.readingTime", { minutes: 3 })).toBe("3 min read");
    expect(() => translate("en", "issue.readingTime")).toThrow(/needs a value for \{minutes\}/);
  });
});

describe("dates", () => {
  // 16:00:11Z on 31 January is already 1 February in Taipei.
  const date = new Date("2020-01-31T16:00:11Z");

  it("are written in each language, in Asia/Taipei", () => {
    expect(formatDate(date, "zh-tw")).toBe("2020年2月1日");
    expect(formatDate(date, "en")).toBe("February 1, 2020");
  });

  it("name every month as luxon's English patterns would", () => {
    for (let month = 0; month < 12; month++) {
      const day = new Date(Date.UTC(2024, month, 20, 12));
      const zoned = DateTime.fromJSDate(day, { zone: "Asia/Taipei" }).setLocale("en");
      expect(formatDate(day, "en")).toBe(zoned.toFormat("MMMM d, yyyy"));
      expect(formatDate(day, "zh-tw")).toBe(zoned.toFormat("yyyy年M月d日"));
    }
  });

  it("carry the site's offset in machine form", () => {
    expect(machineDate(date)).toBe("2020-02-01T00:00:11+08:00");
  });
});
