import { translate } from "../../core/translate.ts";
import { languages, site, type Lang } from "../../core/site.ts";
import { archivePath, homePath } from "../../core/paths.ts";
import { issueCard, type IssueCard } from "./cards.ts";
import { hrefIn, type PageContext } from "../../model/buildModel.ts";
import { buildFrame, type PageFrame } from "./frame.ts";

const everyLanguage = (pathOf: (lang: Lang) => string) =>
  Object.fromEntries(languages.map((lang) => [lang, pathOf(lang)])) as Record<Lang, string>;

export interface HomeView {
  frame: PageFrame;
  heading: string;
  issues: IssueCard[];
  archive: { href: string; label: string };
}

export function homeView(ctx: PageContext, lang: Lang): HomeView {
  return {
    frame: buildFrame(ctx, { lang, path: homePath(lang), versions: everyLanguage(homePath), defaultPath: "/" }),
    heading: translate(lang, "home.heading"),
    issues: ctx.catalog.byLang[lang].slice(0, site.homeSize).map((issue) => issueCard(ctx, issue, lang)),
    archive: { href: hrefIn(ctx, archivePath(lang)), label: translate(lang, "archive.heading") },
  };
}

export interface ArchiveView {
  frame: PageFrame;
  heading: string;
  count: string;
  years: { heading: string; id: string; issues: IssueCard[] }[];
}

export function archiveView(ctx: PageContext, lang: Lang): ArchiveView {
  const years = ctx.catalog.archive(lang);
  const total = years.reduce((sum, group) => sum + group.entries.length, 0);
  const heading = translate(lang, "archive.heading");
  return {
    frame: buildFrame(ctx, { lang, path: archivePath(lang), title: heading, versions: everyLanguage(archivePath) }),
    heading,
    count: translate(lang, "archive.count", { count: total }),
    years: years.map((group) => ({
      heading: translate(lang, "archive.year", { year: group.year }),
      id: `y${group.year}`,
      issues: group.entries.map((entry) => issueCard(ctx, entry.issue, lang)),
    })),
  };
}
