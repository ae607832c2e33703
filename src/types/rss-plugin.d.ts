// @11ty/eleventy-plugin-rss ships no types; this is the helper we call directly.
declare module "@11ty/eleventy-plugin-rss/src/dateRfc822.js" {
  export default function dateToRfc822(value: Date, timeZone?: string): string;
}
