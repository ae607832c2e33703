import { translate } from "../../core/translate.ts";
import { languages, site, type Lang } from "../../core/site.ts";
import { archivePath, homePath } from "../../core/paths.ts";
import { issueCard, type IssueCard } from "./cards.ts";
import { hrefIn, type BuildModel } from "../../model/buildModel.ts";
import { buildFrame, type PageFrame } from "./frame.ts";

const everyLanguage = (pathOf: (lang: Lang) => string) =>
  Object.fromEntries(languages.map((lang) => [lang, pathOf(lang)])) as Record<Lang, string>;

export interface HomeView {
  /** Site path of the page, from which Eleventy writes it; every page view has one. */
  path: string;
  frame: PageFrame;
  heading: string;
  issues: IssueCard[];
  archive: { href: string; label: string };
}

export function homeView(model: BuildModel, lang: Lang): HomeView {
  return {
    path: homePath(lang),
    frame: buildFrame(model, { lang, path: homePath(lang), versions: everyLanguage(homePath), defaultPath: "/", home: true }),
    heading: translate(lang, "home.heading"),
    issues: model.catalog.byLang[lang].slice(0, site.homeSize).map((issue) => issueCard(model, issue, lang)),
    archive: { href: hrefIn(model, archivePath(lang)), label: translate(lang, "archive.heading") },
  };
}

export interface ArchiveView {
  path: string;
  frame: PageFrame;
  heading: string;
  count: string;
  years: { heading: string; id: string; issues: IssueCard[] }[];
}

export function archiveView(model: BuildModel, lang: Lang): ArchiveView {
  const years = model.catalog.archive(lang);
  const total = years.reduce((sum, group) => sum + group.entries.length, 0);
  const heading = translate(lang, "archive.heading");
  return {
    path: archivePath(lang),
    frame: buildFrame(model, { lang, path: archivePath(lang), title: heading, versions: everyLanguage(archivePath) }),
    heading,
    count: translate(lang, "archive.count", { count: total }),
    years: years.map((group) => ({
      heading: translate(lang, "archive.year", { year: group.year }),
      id: `y${group.year}`,
      issues: group.entries.map((entry) => issueCard(model, entry.issue, lang)),
    })),
  };
}
