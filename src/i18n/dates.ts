import { DateTime } from "luxon";
import { site, type Lang } from "../site.ts";

// Explicit patterns rather than the platform's locale data, so output never varies with ICU.
const PATTERNS: Record<Lang, string> = { "zh-tw": "yyyy年M月d日", en: "MMMM d, yyyy" };

const inSiteZone = (date: Date) => DateTime.fromJSDate(date, { zone: site.timeZone });

/** The reader-facing date: 2020年2月1日 / February 1, 2020, in the site's time zone. */
export function formatDate(date: Date, lang: Lang): string {
  return inSiteZone(date).setLocale("en").toFormat(PATTERNS[lang]);
}

/** For `<time datetime>`: the instant with the site's offset, e.g. 2020-02-01T00:00:11+08:00. */
export function machineDate(date: Date): string {
  return inSiteZone(date).toISO({ suppressMilliseconds: true }) ?? "";
}

export function yearOf(date: Date): number {
  return inSiteZone(date).year;
}
