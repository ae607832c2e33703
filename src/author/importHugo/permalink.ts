/** What a post's old URL is made of: where its file sits, its front matter, its date as written. */
export interface HugoPage {
  /** The sections the file sits in under content/: `["posts"]`, `["posts", "2020"]`. */
  sections: string[];
  /** The file name without `.md`, or a page bundle's folder name. */
  filename: string;
  title: string;
  slug?: string;
  /** Front matter `url`: the whole path, taken as written. */
  url?: string;
  /** The date as the author wrote it: its own day, in its own offset, makes :year, :month, :day. */
  date: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/**
 * Hugo's UnicodeSanitize (helpers/path.go): letters, digits, marks and `._-/\#+~@` stay, a `%`
 * only before two hex digits; a run of spaces or hyphens inside becomes one `-`.
 */
function unicodeSanitize(text: string): string {
  let out = "";
  let hyphen = false;
  const chars = [...text];
  chars.forEach((char, i) => {
    const allowed = /[\p{L}\p{N}\p{M}._\-/\\#+~@]/u.test(char) || (char === "%" && /^[0-9a-f]{2}$/i.test((chars[i + 1] ?? "") + (chars[i + 2] ?? "")));
    if (allowed) {
      out += hyphen ? `-${char}` : char;
      hyphen = false;
    } else if (out.length > 0 && /[\s-]/u.test(char)) {
      hyphen = true;
    }
  });
  return out;
}

/** Hugo's URLize for :title and :slug: trimmed, sanitized, lowercased. */
const urlize = (text: string) => unicodeSanitize(text.trim().replace(/\s+/g, "-")).toLowerCase();

/** The day of a date as written, `2020-02-01T00:00:11+08:00` → 2020, 2, 1: Hugo reads it in its own offset. */
function dayOf(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) throw new Error(`date "${date}" has no day to put in a permalink`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function tokens(page: HugoPage): Record<string, () => string> {
  const { year, month, day } = dayOf(page.date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const yearday = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const slug = () => urlize(page.slug ?? page.title);
  return {
    year: () => String(year),
    month: () => String(month).padStart(2, "0"),
    monthname: () => MONTHS[month - 1]!,
    day: () => String(day).padStart(2, "0"),
    weekday: () => String(weekday),
    weekdayname: () => WEEKDAYS[weekday]!,
    yearday: () => String(yearday),
    section: () => page.sections[0] ?? "",
    sections: () => page.sections.join("/"),
    title: () => urlize(page.title),
    slug,
    filename: () => page.filename,
    contentbasename: () => page.filename,
    slugorfilename: () => (page.slug ? urlize(page.slug) : page.filename),
    slugorcontentbasename: () => (page.slug ? urlize(page.slug) : page.filename),
  };
}

const TOKEN = /:([a-z]+)/g;

/** The `:tokens` of a pattern that Hugo knows no value for (a typo Hugo itself refuses). */
export function unknownTokens(pattern: string): string[] {
  const known = tokens({ sections: [], filename: "", title: "", date: "2020-01-01" });
  return Array.from(pattern.matchAll(TOKEN), (match) => match[1]!).filter((name) => !(name in known));
}

/**
 * The site path Hugo published a post at, from the section's `[permalinks]` pattern (or the
 * file's own path without one), sanitized and, unless `disablePathToLower`, lowercased as Hugo does.
 * Front matter `url` wins, unsanitized, as in Hugo.
 */
export function hugoPath(page: HugoPage, pattern: string | undefined, lowercase: boolean): string {
  if (page.url) return page.url.startsWith("/") ? page.url : `/${page.url}`;
  const values = tokens(page);
  const path =
    pattern === undefined
      ? `/${[...page.sections, page.slug ?? page.filename].join("/")}/`
      : pattern.replace(TOKEN, (whole, name: string) => values[name]?.() ?? whole);
  const sanitized = unicodeSanitize(lowercase ? path.toLowerCase() : path).replace(/\/{2,}/g, "/");
  return sanitized.startsWith("/") ? sanitized : `/${sanitized}`;
}
