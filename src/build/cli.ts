import { existsSync } from "node:fs";
import { displayPath } from "../core/paths.ts";
import { warnings } from "../core/problems.ts";
import { siteUrl } from "../core/site.ts";
import { buildSite } from "../eleventy/builds.ts";
import { parseFlags, UsageError, type FlagSpec } from "./commandLine.ts";
import { describeFailure } from "./failure.ts";
import { checkOutputFolder } from "./outputFolder.ts";
import { checkPathPrefix } from "./pathPrefix.ts";
import { publishAtomically, type PublishReport } from "./publish.ts";

const COMMAND = "npm run build";
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
  output: { type: "string", default: "_site", meaning: "the folder the site is written to, replaced whole" },
  pathprefix: { type: "string", meaning: "the path the site is hosted under, such as /weekly/" },
  offline: { type: "boolean", meaning: "never download remote images; those not downloaded before stay remote" },
  verbose: { type: "boolean", meaning: "print a failure's stack trace too" },
} satisfies FlagSpec;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const shown = displayPath;

/** Every input checked before anything is touched; a mistake exits 2 with what to type instead. */
function checkedInputs() {
  const flags = parseFlags(COMMAND, FLAGS, process.argv.slice(2));
  const input = String(flags.input);
  const output = String(flags.output);
  const pathPrefix = checkPathPrefix(flags.pathprefix as string | undefined);
  try {
    siteUrl();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  checkOutputFolder(output, { project: process.cwd(), input });
  // Read by the image settings (src/content/images/settings.ts), as WEEKLY_OFFLINE=1 would be.
  if (flags.offline === true) process.env.WEEKLY_OFFLINE = "1";
  return { input, output, pathPrefix, verbose: flags.verbose === true };
}

function reportTidying(report: PublishReport, output: string): void {
  if (report.restored) console.warn(`${output}/ was missing after a killed build; its last good copy was put back`);
  if (report.removed.length > 0) console.warn(`removed ${plural(report.removed.length, "folder")} left by earlier builds: ${report.removed.map(shown).join(", ")}`);
  if (report.leftOver) {
    console.warn(`the new ${output}/ is live, but its previous copy could not be removed (${report.leftOver.error.message}); the next build removes ${shown(report.leftOver.path)}`);
  }
}

/**
 * `npm run build [-- --input=content --output=_site --pathprefix=/weekly/ --offline --verbose]`: builds into
 * a scratch folder and swaps it in only when the whole build succeeded, so a failure leaves the
 * previous site untouched. One message per problem, then one summary line.
 */
async function main(): Promise<number> {
  let inputs: ReturnType<typeof checkedInputs>;
  try {
    inputs = checkedInputs();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
  const { input, output, pathPrefix, verbose } = inputs;
  const started = performance.now();
  const previous = existsSync(output) ? `Nothing was published; ${shown(output)}/ is as it was.` : "Nothing was published.";
  let written = 0;
  try {
    const report = await publishAtomically(
      output,
      async (scratch) => {
        written = await buildSite(input, scratch, pathPrefix);
      },
      (signal) => {
        console.error(`Build interrupted (${signal}). ${previous}`);
        process.exit(signal === "SIGINT" ? 130 : 143);
      },
    );
    reportTidying(report, output);
  } catch (error) {
    const failure = describeFailure(error, { verbose });
    console.error(failure.lines.join("\n"));
    console.error(`Build failed: ${plural(failure.errors, "error")}, ${plural(warnings().length, "warning")}. ${previous}`);
    return 1;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Wrote ${written} files to ${shown(output)}/ in ${seconds} s; ${plural(warnings().length, "warning")}.`);
  return 0;
}

process.exitCode = await main();
