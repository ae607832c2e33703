import { statSync } from "node:fs";
import { parseFlags, UsageError, type FlagSpec } from "../build/commandLine.ts";
import { checkContent } from "./checkContent.ts";
import { exitCode, jsonReport, textReport } from "./checkReport.ts";

const COMMAND = "npm run check";
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
  json: { type: "boolean", meaning: "print the problems as one JSON array of { file, line, severity, message }" },
} satisfies FlagSpec;

/**
 * `npm run check [-- --input=content --json]`: every problem of the issues without a build
 * (docs/testing.md lists the checks). Exit 1 on an error, 0 on warnings alone or none, 2 on a
 * mistake in the command itself. Writes nothing.
 */
function main(): number {
  try {
    const flags = parseFlags(COMMAND, FLAGS, process.argv.slice(2));
    const input = String(flags.input);
    if (!statSync(input, { throwIfNoEntry: false })?.isDirectory()) {
      throw new UsageError(`${COMMAND}: --input=${input} is not a folder; give the folder of issues, such as --input=content`);
    }
    const findings = checkContent(input);
    process.stdout.write(flags.json ? jsonReport(findings) : textReport(findings));
    return exitCode(findings);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
}

process.exitCode = main();
