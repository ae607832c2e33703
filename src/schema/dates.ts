import { DateTime } from "luxon";

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export type DateResult = { ok: true; date: Date } | { ok: false; problem: string };

/**
 * A bare date means that day in the site's zone; a date-time with an offset keeps its instant;
 * one without an offset is read in the site's zone. Anything off the calendar is refused,
 * never rolled over.
 */
export function parseIssueDate(value: string, timeZone: string): DateResult {
  const text = value.trim();
  if (!BARE_DATE.test(text) && !DATE_TIME.test(text)) {
    return { ok: false, problem: "is not a date" };
  }
  const parsed = DateTime.fromISO(text.replace(" ", "T"), { zone: timeZone });
  if (!parsed.isValid) {
    return { ok: false, problem: "is not a calendar date" };
  }
  return { ok: true, date: parsed.toJSDate() };
}
