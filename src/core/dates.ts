import { DateTime } from "luxon";
import { site, type Lang } from "./site.ts";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const year = (date: DateTime) => String(date.year).padStart(4, "0");

// Written out rather than the platform's locale data, so output never varies with ICU (and
// luxon's toFormat, which parses its pattern on every call, was most of a date's cost).
const FORMATS: Record<Lang, (date: DateTime) => string> = {
  "zh-tw": (date) => `${year(date)}年${date.month}月${date.day}日`,
  en: (date) => `${MONTHS[date.month - 1]} ${date.day}, ${year(date)}`,
};

// An issue's date is printed on its page, its cards and in every feed that carries it, and
// luxon's zone conversion was a hot spot at thousands of issues: each instant is converted and
// each text formatted once per process (a few strings per issue date).
const zoned = new Map<number, DateTime>();
const texts = new Map<string, string>();

function inSiteZone(date: Date): DateTime {
  const instant = date.getTime();
  let value = zoned.get(instant);
  if (!value) {
    value = DateTime.fromJSDate(date, { zone: site.timeZone });
    zoned.set(instant, value);
  }
  return value;
}

function once(kind: string, date: Date, format: (zonedDate: DateTime) => string): string {
  const key = `${kind} ${date.getTime()}`;
  let text = texts.get(key);
  if (text === undefined) {
    text = format(inSiteZone(date));
    texts.set(key, text);
  }
  return text;
}

/** The reader-facing date: 2020年2月1日 / February 1, 2020, in the site's time zone. */
export function formatDate(date: Date, lang: Lang): string {
  return once(lang, date, FORMATS[lang]);
}

/** For `<time datetime>`: the instant with the site's offset, e.g. 2020-02-01T00:00:11+08:00. */
export function machineDate(date: Date): string {
  return once("iso", date, (zonedDate) => zonedDate.toISO({ suppressMilliseconds: true }) ?? "");
}

export function yearOf(date: Date): number {
  return inSiteZone(date).year;
}
