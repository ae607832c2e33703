export type BuildMode = "production" | "development";

/**
 * Drafts and issues dated after `now` stay out of a production build; the dev server shows
 * them, marked. `now` is the only place the clock enters a build.
 */
export function isPublished(issue: { draft: boolean; date: Date }, mode: BuildMode, now: Date): boolean {
  if (mode === "development") return true;
  return !issue.draft && issue.date.getTime() <= now.getTime();
}

export const isPreview = (issue: { draft: boolean; date: Date }, now: Date) =>
  issue.draft || issue.date.getTime() > now.getTime();
