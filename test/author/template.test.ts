import { describe, expect, it } from "vitest";
import { fillTemplate, TemplateError } from "../../src/author/template.ts";

const values = { hex: "0x18", decimal: "24", numeral: "貳拾肆", date: "2026-12-07", lang: "zh-tw" };

describe("an issue template", () => {
  it("has its placeholders filled, with or without spaces inside the braces", () => {
    expect(fillTemplate("這裡是 WWW 第{{numeral}}期（{{ hex }}，第 {{decimal}} 期，{{date}}，{{lang}}）\n", values)).toBe(
      "這裡是 WWW 第貳拾肆期（0x18，第 24 期，2026-12-07，zh-tw）\n",
    );
  });

  it("refuses an unknown placeholder, naming its line and the ones there are", () => {
    let error: unknown;
    try {
      fillTemplate("first\nsecond {{number}}\n", values);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).line).toBe(2);
    expect((error as Error).message).toBe("{{number}} is not a placeholder; write one of {{hex}}, {{decimal}}, {{numeral}}, {{date}}, {{lang}}");
  });
});
