import { parseArgs } from "node:util";

/** A command's flags: `--name=value` strings and `--name` booleans, each with what it means. */
export type FlagSpec = Record<string, { type: "string" | "boolean"; default?: string | boolean; meaning: string }>;

/** A mistake in how a command was called: its message says what to type; the exit code is 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** `--input=<value>   the folder of issues`, one line per flag. */
function usage(command: string, spec: FlagSpec, argument?: string): string {
  const lines = Object.entries(spec).map(([name, flag]) => {
    const form = flag.type === "string" ? `--${name}=<value>` : `--${name}`;
    const fallback = flag.type === "string" && flag.default !== undefined ? ` (default: ${String(flag.default)})` : "";
    return `  ${form.padEnd(24)} ${flag.meaning}${fallback}`;
  });
  const call = argument === undefined ? `${command} [-- flags]` : `${command} -- ${argument} [flags]`;
  return [`usage: ${call}`, ...lines].join("\n");
}

/**
 * The flags of `argv`, strictly: an unknown flag, a value where none belongs, a missing value or
 * a stray word is a UsageError that lists every valid flag.
 */
export function parseFlags<S extends FlagSpec>(command: string, spec: S, argv: string[]): Record<keyof S, string | boolean | undefined> {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, flag]) => [name, flag.default === undefined ? { type: flag.type } : { type: flag.type, default: flag.default }]),
  );
  try {
    const { values } = parseArgs({ args: argv, options: options as never, strict: true, allowPositionals: false });
    return values as Record<keyof S, string | boolean | undefined>;
  } catch (error) {
    // node:util's messages name the flag; ours add the list of valid ones.
    const reason = (error as Error).message.split(". ")[0];
    throw new UsageError(`${command}: ${reason}\n${usage(command, spec)}`);
  }
}

/**
 * The flags of `argv` and the one word it must also hold, such as a folder (`<hugo site> --lang=en`):
 * no word, or two, is a UsageError like a flag's.
 */
export function parseFlagsAndArgument<S extends FlagSpec>(command: string, spec: S, argv: string[], argument: string): { flags: Record<keyof S, string | boolean | undefined>; argument: string } {
  const at = argv.flatMap((word, i) => (!word.startsWith("-") && !isFlagValue(spec, argv[i - 1]) ? [i] : []));
  if (at.length !== 1) {
    throw new UsageError(`${command}: ${at.length === 0 ? `give ${argument}` : `give one ${argument}, not ${at.length}`}\n${usage(command, spec, argument)}`);
  }
  return { flags: parseFlags(command, spec, argv.toSpliced(at[0]!, 1)), argument: argv[at[0]!]! };
}

/** `--match www-*`: the word after a string flag written without `=` is its value. */
const isFlagValue = (spec: FlagSpec, previous: string | undefined) =>
  previous !== undefined && /^--[^=]+$/.test(previous) && spec[previous.slice(2)]?.type === "string";
