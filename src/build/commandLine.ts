import { parseArgs } from "node:util";

/** A command's flags: `--name=value` strings and `--name` booleans, each with what it means. */
export type FlagSpec = Record<string, { type: "string" | "boolean"; default?: string | boolean; meaning: string }>;

/** A mistake in how a command was called: its message says what to type; the exit code is 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `--input=<value>   the folder of issues`, one line per flag. */
function usage(command: string, spec: FlagSpec): string {
  const lines = Object.entries(spec).map(([name, flag]) => {
    const form = flag.type === "string" ? `--${name}=<value>` : `--${name}`;
    const fallback = flag.type === "string" && flag.default !== undefined ? ` (default: ${String(flag.default)})` : "";
    return `  ${form.padEnd(24)} ${flag.meaning}${fallback}`;
  });
  return [`usage: ${command} [-- flags]`, ...lines].join("\n");
}

/**
 * The flags of `argv`, strictly: an unknown flag, a value where none belongs, a missing value or
 * a stray word is a UsageError that lists every valid flag.
 */
export function parseFlags<S extends FlagSpec>(command: string, spec: S, argv: string[]): Record<keyof S, string | boolean | undefined> {
  return parseCommandLine(command, spec, argv, false).flags;
}

/** The flags and the words after them (`npm run vendor-images -- www-0x18`), as strictly as parseFlags. */
export function parseCommandLine<S extends FlagSpec>(
  command: string,
  spec: S,
  argv: string[],
  allowWords = true,
): { flags: Record<keyof S, string | boolean | undefined>; words: string[] } {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, flag]) => [name, flag.default === undefined ? { type: flag.type } : { type: flag.type, default: flag.default }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options: options as never, strict: true, allowPositionals: allowWords });
    return { flags: values as Record<keyof S, string | boolean | undefined>, words: positionals };
  } catch (error) {
    // node:util's messages name the flag; ours add the list of valid ones.
    const reason = (error as Error).message.split(". ")[0];
    throw new UsageError(`${command}: ${reason}\n${usage(command, spec)}`);
  }
}
