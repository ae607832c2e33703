import { DateTime } from "luxon";
import dateToRfc822 from "@11ty/eleventy-plugin-rss/src/dateRfc822.js";
import { machineDate } from "../../core/dates.ts";
import { site } from "../../core/site.ts";

/**
 * RFC 3339 with the site's offset (2020-02-01T00:00:11+08:00), as the pages' `<time datetime>`
 * print it. The RSS plugin's dateToRfc3339 writes UTC, which is the same instant but would show
 * the previous day to someone reading the feed's preview page.
 */
export const rfc3339 = machineDate;

/** RFC 822 in the site's zone (Sat, 01 Feb 2020 00:00:11 +0800), by the RSS plugin. */
export const rfc822 = (date: Date): string => dateToRfc822(date, site.timeZone);

/** An empty feed still needs an `updated` date; the authority date is fixed, unlike the clock. */
export const emptyFeedDate = (): Date =>
  DateTime.fromISO(site.tagUriAuthority.since, { zone: site.timeZone }).toJSDate();
