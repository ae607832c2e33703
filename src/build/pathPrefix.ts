import { UsageError } from "./commandLine.ts";

// Segments of letters, digits, "-", "_", "." and "~" (RFC 3986's unreserved characters), none
// of them "." or "..": the prefix is written as it is into every URL of the site.
const SEGMENT = /^[A-Za-z0-9._~-]+$/;
const EXAMPLE = "--pathprefix=/weekly/";

/** The path the site is hosted under, checked before anything is built: `/` or `/weekly/`. */
export function checkPathPrefix(value: string | undefined): string {
  if (value === undefined || value === "/") return "/";
  const refuse = (why: string) =>
    new UsageError(`--pathprefix "${value}" ${why}; give the path the site is hosted under, such as ${EXAMPLE}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith("//")) throw refuse("is a URL, not a path (the host goes in SITE_URL)");
  if (!value.startsWith("/") || !value.endsWith("/")) throw refuse("must start and end with /");
  const segments = value.slice(1, -1).split("/");
  const bad = segments.find((segment) => !SEGMENT.test(segment) || segment === "." || segment === "..");
  if (bad !== undefined) {
    throw refuse(bad === "" ? "has an empty segment (//)" : `has the segment "${bad}"; use letters, digits, "-", "_", "." and "~" only, and no "." or ".." segment`);
  }
  return value;
}
