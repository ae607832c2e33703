import { parseFlagsAndOperand, UsageError, type FlagSpec } from "../../build/commandLine.ts";
import { displayPath } from "../../core/paths.ts";
import { isLang, languages, site } from "../../core/site.ts";
import { HugoSiteError, readHugoConfig } from "./hugoConfig.ts";
import { importSite, type ImportReport } from "./importSite.ts";

const COMMAND = "npm run import:hugo";
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues to import into" },
  lang: { type: "string", default: site.defaultLang, meaning: `the language of the posts: ${languages.join(" or ")}` },
  match: { type: "string", meaning: "a glob of the post file names to import, such as 'www-*.md' (default: every post)" },
} satisfies FlagSpec;

/** Prints what the run did: imported, unchanged, skipped and why, what needs a hand; then a count. */
function print(report: ImportReport): void {
  for (const { file, from, oldPath } of report.imported) {
    console.log(`imported   ${displayPath(file)}  from ${displayPath(from)}${oldPath ? `  (old URL ${oldPath})` : ""}`);
  }
  for (const file of report.unchanged) console.log(`unchanged  ${displayPath(file)}`);
  for (const { file, reason } of report.skipped) console.log(`skipped    ${displayPath(file)}: ${reason}`);
  for (const { file, line, message } of report.todo) console.log(`by hand    ${displayPath(file)}:${line}: ${message}`);
  const problems = report.skipped.filter((skip) => skip.problem).length;
  console.log(
    `${report.imported.length} imported, ${report.unchanged.length} unchanged, ${report.skipped.length} skipped (${problems} with a problem), ${report.todo.length} to finish by hand`,
  );
}

/**
 * `npm run import:hugo -- <hugo site> [--match 'www-*.md'] [--lang zh-tw]`: a Hugo site's posts
 * into content/<lang>/issues/. Exit 0 when every post was imported (or already was), 1 when
 * some post could not be, 2 for a mistaken call or a folder that is not a Hugo site.
 */
function main(): number {
  try {
    const { values: flags, operand: folder } = parseFlagsAndOperand(COMMAND, FLAGS, process.argv.slice(2), "hugo site folder");
    const lang = String(flags.lang);
    if (!isLang(lang)) throw new UsageError(`${COMMAND}: --lang=${lang} is not a language of this site; write ${languages.map((l) => `--lang=${l}`).join(" or ")}`);
    const config = readHugoConfig(folder);
    const report = importSite({ folder, config }, { content: String(flags.input), lang, match: flags.match as string | undefined });
    print(report);
    return report.skipped.some((skip) => skip.problem) ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof HugoSiteError)) throw error;
    console.error(error.message);
    return 2;
  }
}

process.exitCode = main();
