import { describe, expect, it } from "vitest";
import { financialNumeral } from "../../src/core/numerals.ts";

// Written by hand: how the weekly names its issues (第貳期, 第拾柒期).
const BY_HAND = [
  "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖", "拾",
  "拾壹", "拾貳", "拾參", "拾肆", "拾伍", "拾陸", "拾柒", "拾捌", "拾玖", "貳拾",
  "貳拾壹", "貳拾貳", "貳拾參", "貳拾肆", "貳拾伍", "貳拾陸", "貳拾柒", "貳拾捌", "貳拾玖", "參拾",
];
const DIGIT = "零壹貳參肆伍陸柒捌玖";

/** The rule for 31–999, stated digit by digit: hundreds, tens (壹拾 after hundreds), a zero read once. */
function byRule(n: number): string {
  const [a, b, c] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const hundreds = a ? `${DIGIT[a]}佰` : "";
  const tens = b ? `${a || b > 1 ? DIGIT[b] : ""}拾` : a && c ? "零" : "";
  return hundreds + tens + (c ? DIGIT[c] : "");
}

describe("financial numerals", () => {
  it.each(BY_HAND.map((text, i) => [i + 1, text]))("%i is %s", (n, text) => expect(financialNumeral(n)).toBe(text));

  it("follow the rule from 31 to 999", () => {
    for (let n = 31; n <= 999; n++) expect(financialNumeral(n), String(n)).toBe(byRule(n));
  });

  it("read thousands, ten-thousands and a zero between groups once", () => {
    expect(financialNumeral(0)).toBe("零");
    expect(financialNumeral(1000)).toBe("壹仟");
    expect(financialNumeral(1005)).toBe("壹仟零伍");
    expect(financialNumeral(10_005)).toBe("壹萬零伍");
    expect(financialNumeral(100_000)).toBe("壹拾萬");
    expect(financialNumeral(123_456_789)).toBe("壹億貳仟參佰肆拾伍萬陸仟柒佰捌拾玖");
  });

  it("refuse what is not a whole number in range", () => {
    for (const n of [-1, 1.5, 1e12, Number.NaN]) expect(() => financialNumeral(n)).toThrow(RangeError);
  });
});
