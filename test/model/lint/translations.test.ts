import { describe, expect, it } from "vitest";
import { translationDrift } from "../../../src/model/lint/translations.ts";
import { linted } from "./linted.ts";

const original = linted({ name: "www-0x02", date: "2020-02-01T00:00:11+08:00", tags: ["Weekly", "Rust", "軟體工程"] });

describe("translations that drift from their original", () => {
  it("accept the same instant and the same tags, in any order and spelling", () => {
    const translation = linted({ lang: "en", name: "www-0x02", date: "2020-01-31T16:00:11Z", tags: ["rust", "軟體工程", "ＷＥＥＫＬＹ"] });
    expect(translationDrift([original, translation])).toEqual([]);
  });

  it("warn of a date that differs, on the translation's date line, naming both dates and the original", () => {
    const translation = linted({ lang: "en", name: "www-0x02", date: "2020-02-02T00:00:11+08:00", tags: ["Weekly", "Rust", "軟體工程"] });
    expect(translationDrift([original, translation])).toEqual([
      {
        file: "content/en/issues/www-0x02.md",
        line: 3,
        severity: "warning",
        message: "date 2020-02-02T00:00:11+08:00 differs from the original's 2020-02-01T00:00:11+08:00 (content/zh-tw/issues/www-0x02.md); give the translation its original's date",
      },
    ]);
  });

  it("warn of tags that differ, on the tags line, naming what is missing and what is extra", () => {
    const translation = linted({ lang: "en", name: "www-0x02", date: "2020-02-01T00:00:11+08:00", tags: ["Weekly", "Software Engineering", "Rust"] });
    expect(translationDrift([original, translation])).toEqual([
      {
        file: "content/en/issues/www-0x02.md",
        line: 4,
        severity: "warning",
        message: 'tags differ from the original\'s (content/zh-tw/issues/www-0x02.md): "軟體工程" is missing, "Software Engineering" is extra; give the translation its original\'s tags',
      },
    ]);
  });

  it("leave alone issues in one language only, and files the build refuses", () => {
    const alone = linted({ lang: "en", name: "hello", tags: ["Meta"] });
    const refused = linted({ lang: "en", name: "www-0x02", tags: ["Other"], refused: true });
    expect(translationDrift([original, alone, refused])).toEqual([]);
  });
});
