import type { Issue } from "../../content/issue.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { tagPath } from "../../core/paths.ts";

export interface TagLink {
  label: string;
  href: string;
}

/**
 * An issue's tags as links to their pages in the issue's own language (an untranslated
 * Chinese issue on the English archive links to the Chinese tag pages, where it is listed).
 */
export function tagLinks(model: BuildModel, issue: Issue): TagLink[] {
  return model.tags.of(issue).map((tag) => ({ label: tag.label, href: hrefIn(model, tagPath(issue.lang, tag.slug)) }));
}
