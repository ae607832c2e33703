import { DateTime } from "luxon";
import { machineDate } from "../../core/dates.ts";
import { site } from "../../core/site.ts";

/**
 * RFC 3339 with the site's offset (2020-02-01T00:00:11+08:00), as the pages' `<time datetime>`
 * print it. UTC would be the same instant but would show the previous day to someone reading
 * the feed's preview page.
 */
export const rfc3339 = machineDate;

/** RFC 822 with a four-digit year, as RSS 2.0 writes dates, in the site's zone: Sat, 01 Feb 2020 00:00:11 +0800. */
export const rfc822 = (date: Date): string => DateTime.fromJSDate(date, { zone: site.timeZone }).toRFC2822() ?? "";

/** An empty feed still needs an `updated` date; the authority date is fixed, unlike the clock. */
export const emptyFeedDate = (): Date =>
  DateTime.fromISO(site.tagUriAuthority.since, { zone: site.timeZone }).toJSDate();
