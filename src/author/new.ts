import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import { parseFlags, UsageError, type FlagSpec } from "../build/commandLine.ts";
import { otherLang } from "../core/locales.ts";
import { financialNumeral } from "../core/numerals.ts";
import { displayPath } from "../core/paths.ts";
import { site, type Lang } from "../core/site.ts";
import { frontMatterBlock } from "./frontMatter.ts";
import { issueFile, numberedIssues, readIssueFile } from "./issueFiles.ts";
import { detectSeries, lastNumber, nextIssue, type NextIssue } from "./series.ts";
import { fillTemplate, TemplateError } from "./template.ts";

const COMMAND = "npm run new";
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
  date: { type: "string", meaning: "the issue's day, such as 2026-12-05 (default: today in the site's time zone)" },
  name: { type: "string", meaning: "the file name, instead of the next in the series" },
  translate: { type: "string", meaning: "an issue's name: its translation is created, to translate in place" },
} satisfies FlagSpec;

const TEMPLATE = "_templates/issue.md";

/** The start of a day in the site's zone, with its offset: 2026-12-05T00:00:00+08:00. */
function issueDate(day: string | undefined): string {
  const start = (day === undefined ? DateTime.now().setZone(site.timeZone) : DateTime.fromISO(day, { zone: site.timeZone })).startOf("day");
  if (day !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !start.isValid)) {
    throw new UsageError(`${COMMAND}: --date=${day} is not a day; write it like --date=2026-12-05`);
  }
  return start.toISO({ suppressMilliseconds: true }) as string;
}

function checkedName(name: string): string {
  const bare = name.replace(/\.md$/, "");
  if (!/^[^/\\.][^/\\]*$/.test(bare) || bare === "index") {
    throw new UsageError(`${COMMAND}: --name=${name} is not a file name for an issue; write one like --name=www-0x18`);
  }
  return bare;
}

/** Writes a file only if none is there: the command never overwrites what anyone wrote. */
function create(path: string, text: string, instead: string): void {
  try {
    writeFileSync(path, text, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw new UsageError(`${COMMAND}: ${displayPath(path)} exists, and ${COMMAND} never overwrites a file; ${instead}`);
  }
}

/** The next issue of the main edition, its body from the author's template. */
function newIssue(content: string, flags: { date?: string; name?: string }): string {
  const lang = site.defaultLang;
  const issues = numberedIssues(content, lang);
  const detected = detectSeries(issues);
  const series = site.series ?? detected?.series;
  let next: NextIssue | undefined = series && nextIssue(series, site.series ? lastNumber(series, issues.map((issue) => issue.name)) : (detected?.last ?? 0));
  if (flags.name !== undefined) {
    const name = checkedName(flags.name);
    next = { name, number: next?.number ?? issues.length + 1, written: next?.written ?? String(issues.length + 1), title: next?.title ?? "" };
  }
  if (!next) {
    throw new UsageError(`${COMMAND}: no numbered issue in ${displayPath(join(content, lang, "issues"))} to continue; give a name with --name=www-0x00, or set series in src/core/site.ts`);
  }
  const templatePath = join(content, TEMPLATE);
  let template: string;
  try {
    template = readFileSync(templatePath, "utf8");
  } catch {
    throw new UsageError(`${COMMAND}: no template at ${displayPath(templatePath)}; write the body every issue starts with there ({{numeral}}, {{hex}}, {{decimal}}, {{date}} and {{lang}} are filled in)`);
  }
  const date = issueDate(flags.date);
  let body: string;
  try {
    body = fillTemplate(template, { hex: next.written, decimal: String(next.number), numeral: financialNumeral(next.number), date: date.slice(0, 10), lang });
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new UsageError(`${displayPath(templatePath)}:${error.line}: ${error.message}`);
  }
  const path = issueFile(content, lang, next.name);
  create(path, `${frontMatterBlock({ title: next.title, date: { bare: date }, tags: [], draft: true })}\n${body}`, "choose another name with --name=…");
  return path;
}

/** A translation stub: the original's title, body, date and tags, as a draft to translate in place. */
function translation(content: string, name: string, into: Lang): string {
  const from = site.defaultLang;
  const original = issueFile(content, from, checkedName(name));
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = readIssueFile(original));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new UsageError(`${COMMAND}: ${missing ? `no ${displayPath(original)} to translate; give the name of an issue of ${from}` : `${displayPath(original)} cannot be read: ${(error as Error).message}`}`);
  }
  const text = (value: unknown) => (typeof value === "string" ? value : undefined);
  const tags = Array.isArray(data.tags) ? data.tags.map(String) : [];
  const date = text(data.date);
  const path = issueFile(content, into, checkedName(name));
  create(path, `${frontMatterBlock({ title: text(data.title), date: date && { bare: date }, tags, description: text(data.description), draft: true })}\n${body.replace(/^\n/, "")}`, "edit the translation there");
  return path;
}

/**
 * `npm run new [-- --date=2026-12-05 --name=www-0x18]`: the next issue of the series, as a draft.
 * `npm run new -- --translate=www-0x18`: its translation, to translate in place. Prints the path
 * it created (so `$EDITOR "$(npm run -s new)"` opens it); never overwrites a file.
 */
function main(): number {
  try {
    const flags = parseFlags(COMMAND, FLAGS, process.argv.slice(2));
    const content = String(flags.input);
    const path =
      flags.translate === undefined
        ? newIssue(content, { date: flags.date as string | undefined, name: flags.name as string | undefined })
        : translation(content, String(flags.translate), otherLang(site.defaultLang));
    console.log(displayPath(path));
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
}

process.exitCode = main();
