import { DateTime } from "luxon";
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

const inSiteZone = (date: Date) => DateTime.fromJSDate(date, { zone: site.timeZone });

/** The reader-facing date: 2020年2月1日 / February 1, 2020, in the site's time zone. */
export function formatDate(date: Date, lang: Lang): string {
  return FORMATS[lang](inSiteZone(date));
}

/** For `<time datetime>`: the instant with the site's offset, e.g. 2020-02-01T00:00:11+08:00. */
export function machineDate(date: Date): string {
  return inSiteZone(date).toISO({ suppressMilliseconds: true }) ?? "";
}

export function yearOf(date: Date): number {
  return inSiteZone(date).year;
}
