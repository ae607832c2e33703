import { DateTime } from "luxon";
import { processCache } from "./processCache.ts";
import { site, type Lang } from "./site.ts";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const year = (date: DateTime) => String(date.year).padStart(4, "0");

// Written out rather than the platform's locale data, so output never varies with ICU.
const FORMATS: Record<Lang, (date: DateTime) => string> = {
  "zh-tw": (date) => `${year(date)}年${date.month}月${date.day}日`,
  en: (date) => `${MONTHS[date.month - 1]} ${date.day}, ${year(date)}`,
};

// Dates are printed on issue pages, cards, feed entries and search records, and luxon's zone
// conversion was a hot spot: each instant is converted once per process, and each of its texts
// formatted once (~0.15 s of a cold build at 4,000 issues, CPU profiles of 7 December 2026;
// converting once per instant, not once per text: 4,000 instants, four texts each, in a fresh
// process, ~85 against ~150 ms, 8 December 2026).
function once(kind: string, date: Date, format: (zoned: DateTime) => string): string {
  const texts = processCache("date texts", () => new Map<string, string>());
  const key = `${kind} ${date.getTime()}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = format(zonedAt(date));
    texts.set(key, text);
  }
  return text;
}

function zonedAt(date: Date): DateTime {
  const instants = processCache("zoned instants", () => new Map<number, DateTime>());
  let zoned = instants.get(date.getTime());
  if (zoned === undefined) {
    zoned = DateTime.fromJSDate(date, { zone: site.timeZone });
    instants.set(date.getTime(), zoned);
  }
  return zoned;
}

/** The reader-facing date: 2020年2月1日 / February 1, 2020, in the site's time zone. */
export function formatDate(date: Date, lang: Lang): string {
  return once(lang, date, FORMATS[lang]);
}

/** For `<time datetime>`: the instant with the site's offset, e.g. 2020-02-01T00:00:11+08:00. */
export function machineDate(date: Date): string {
  return once("iso", date, (zoned) => zoned.toISO({ suppressMilliseconds: true }) ?? "");
}

export function yearOf(date: Date): number {
  return Number(once("year", date, (zoned) => String(zoned.year)));
}
