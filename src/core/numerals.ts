// Chinese financial numerals (大寫數字), as the weekly names its issues: 第貳期, 第拾柒期.
const DIGITS = ["零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"];
const UNITS = ["", "拾", "佰", "仟"];
const GROUPS = ["", "萬", "億"];

/** 0–9999 in financial numerals: a zero between digits is read once (壹佰零伍), trailing zeros not. */
function group(n: number): string {
  const digits = String(n).padStart(4, "0").split("").map(Number);
  let text = "";
  let zero = false;
  digits.forEach((digit, i) => {
    if (digit === 0) {
      zero = text !== "";
      return;
    }
    if (zero) text += DIGITS[0];
    zero = false;
    text += `${DIGITS[digit]}${UNITS[3 - i]}`;
  });
  return text;
}

/**
 * A whole number from 0 to 999,999,999,999 in financial numerals: 24 → 貳拾肆, 110 → 壹佰壹拾,
 * 1005 → 壹仟零伍. A number from 10 to 19 starts with 拾 as it is read (拾柒, not 壹拾柒).
 */
export function financialNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`${n} is not a whole number from 0 to 999,999,999,999`);
  if (n === 0) return DIGITS[0] as string;
  const groups = [n % 10_000, Math.floor(n / 10_000) % 10_000, Math.floor(n / 100_000_000)];
  let text = "";
  for (let i = groups.length - 1; i >= 0; i--) {
    const value = groups[i] as number;
    if (value === 0) continue;
    // A group below 1000 after a higher one is read with a zero: 壹萬零伍.
    if (text !== "" && value < 1000) text += DIGITS[0];
    text += group(value) + GROUPS[i];
  }
  return text.startsWith("壹拾") && n < 20 ? text.slice(1) : text;
}
