import { resolve, sep } from "node:path";

/** What an edit asks of the dev server. */
export interface Changes {
  /** Issue files (absolute) saved, added or deleted. */
  issues: Set<string>;
  /** A layout, an asset or another template changed: everything is rebuilt. */
  everything: boolean;
}

export const noChanges = (): Changes => ({ issues: new Set(), everything: false });

const ISSUE = /^[^/]+\/issues\/[^/.][^/]*\.md$/;
/** A file in an issue's own folder (`zh-tw/issues/www-0x18/arch.png`): one of its images. */
const ISSUE_IMAGE = /^([^/]+\/issues\/[^/.][^/]*)\/[^/]+$/;
// Editors' swap and backup files (`.x.md.swp`, `x.md~`, `4913`) are not the site.
const scratch = (name: string) => name.startsWith(".") || name.endsWith("~") || /^\d+$/.test(name);

/** Records a change reported under `content/` (relative path) into `changes`. */
export function contentChange(changes: Changes, content: string, path: string, folder: boolean): void {
  const rel = path.split(sep).join("/");
  if (scratch(rel.split("/").at(-1) ?? "")) return;
  const image = ISSUE_IMAGE.exec(rel);
  if (ISSUE.test(rel)) changes.issues.add(resolve(content, path));
  // The issue shows the image: re-rendered as if saved (the loader sees the image's new bytes).
  else if (image && !folder && !rel.endsWith(".md")) changes.issues.add(resolve(content, `${image[1]}.md`));
  // Another template, or a folder added, moved or deleted (a whole language): rebuild it all.
  else if (folder || /\.(md|njk)$/.test(rel)) changes.everything = true;
}

/** Records a change under layouts/ or assets/: every page prints them. */
export function siteChange(changes: Changes, path: string): void {
  if (!scratch(path.split(sep).at(-1) ?? "")) changes.everything = true;
}
