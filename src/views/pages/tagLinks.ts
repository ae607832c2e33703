import type { Issue } from "../../content/issue.ts";
import { hrefIn, type PageContext } from "../../model/buildModel.ts";
import { tagPath } from "../../core/paths.ts";
import { issueTags } from "../../model/tags/tagIndex.ts";

export interface TagLink {
  label: string;
  href: string;
}

/**
 * An issue's tags as links to their pages in the issue's own language (an untranslated
 * Chinese issue on the English archive links to the Chinese tag pages, where it is listed).
 */
export function tagLinks(ctx: PageContext, issue: Issue): TagLink[] {
  return issueTags(issue).map((tag) => ({ label: tag.label, href: hrefIn(ctx, tagPath(issue.lang, tag.slug)) }));
}
