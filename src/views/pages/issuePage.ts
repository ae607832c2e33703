import type { Issue } from "../../content/issue.ts";
import { isPreview } from "../../model/publishing.ts";
import { formatDate, machineDate } from "../../core/dates.ts";
import { translate } from "../../core/translate.ts";
import { languages, type Lang } from "../../core/site.ts";
import { tagLinks, type TagLink } from "./tagLinks.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { buildFrame, type PageFrame } from "./frame.ts";
import { relatedLinks, type RelatedLink } from "./related.ts";

export interface IssueView {
  frame: PageFrame;
  /** Site path of the page, from which Eleventy writes it. */
  path: string;
  /** The issue's rendered markdown. */
  body: string;
  title: string;
  date: string;
  datetime: string;
  readingTime: string;
  /** Links to this language's tag pages. */
  tags: TagLink[];
  previous?: { href: string; title: string };
  next?: { href: string; title: string };
  /** Shown only by the dev server: a draft or a future issue. */
  preview: boolean;
  /** The page embeds a video: the layout loads assets/video.js, and no other page does. */
  hasVideo: boolean;
  /** Other issues of its language to read next (related.ts); empty: no section. */
  related: RelatedLink[];
}

export function issueView(model: BuildModel, issue: Issue): IssueView {
  const { catalog } = model;
  const versions: Partial<Record<Lang, string>> = {};
  for (const lang of languages) {
    const version = lang === issue.lang ? issue : catalog.translation(issue, lang);
    if (version) versions[lang] = version.path;
  }
  const link = (other?: Issue) => other && { href: hrefIn(model, other.path), title: other.title };
  return {
    frame: buildFrame(model, {
      lang: issue.lang,
      path: issue.path,
      title: issue.title,
      description: issue.excerpt,
      versions,
      csp: { video: issue.hasVideo, imageOrigins: issue.images.remoteOrigins },
      issue,
    }),
    path: issue.path,
    body: issue.html,
    title: issue.title,
    date: formatDate(issue.date, issue.lang),
    datetime: machineDate(issue.date),
    readingTime: translate(issue.lang, "issue.readingTime", { minutes: issue.readingMinutes }),
    tags: tagLinks(model, issue),
    previous: link(catalog.previous(issue)),
    next: link(catalog.next(issue)),
    preview: isPreview(issue, model.now),
    hasVideo: issue.hasVideo,
    related: relatedLinks(model, issue),
  };
}
