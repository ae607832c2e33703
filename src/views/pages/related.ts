import type { Issue } from "../../content/issue.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";

export interface RelatedLink {
  href: string;
  title: string;
  date: string;
  datetime: string;
}

/** The issues listed under 相關期數 / Related issues at the foot of `issue`. */
export function relatedLinks(model: BuildModel, issue: Issue): RelatedLink[] {
  return (model.related.get(issue) ?? []).map((other) => ({
    href: hrefIn(model, other.path),
    title: other.title,
    date: formatDate(other.date, other.lang),
    datetime: machineDate(other.date),
  }));
}
