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
  return parse(command, spec, argv, undefined).values;
}

/** The words a command takes besides its flags: exactly one, or any number. */
interface Operands {
  name: string;
  count: "one" | "any";
}

function parse<S extends FlagSpec>(command: string, spec: S, argv: string[], operands: Operands | undefined) {
  const options = Object.fromEntries(
    Object.entries(spec).map(([name, flag]) => [name, flag.default === undefined ? { type: flag.type } : { type: flag.type, default: flag.default }]),
  );
  const shown = operands && (operands.count === "one" ? `<${operands.name}>` : `[${operands.name}…]`);
  const form = shown === undefined ? usage(command, spec) : usage(command, spec).replace(" [-- flags]", ` -- ${shown} [flags]`);
  try {
    const { values, positionals } = parseArgs({ args: argv, options: options as never, strict: true, allowPositionals: operands !== undefined });
    if (operands?.count === "one" && positionals.length !== 1) {
      throw new Error(positionals.length === 0 ? `Give the ${operands.name}` : `Give one ${operands.name}, not ${positionals.join(" and ")}`);
    }
    return { values: values as Record<keyof S, string | boolean | undefined>, operands: positionals };
  } catch (error) {
    // node:util's messages name the flag; ours add the list of valid ones.
    const reason = (error as Error).message.split(". ")[0];
    throw new UsageError(`${command}: ${reason}\n${form}`);
  }
}

/** parseFlags for a command that takes one word besides its flags (`npm run email -- www-0x04 --lang=en`). */
export function parseFlagsAndOperand<S extends FlagSpec>(command: string, spec: S, argv: string[], operand: string) {
  const { values, operands } = parse(command, spec, argv, { name: operand, count: "one" });
  return { values, operand: operands[0] as string };
}

/** parseFlags for a command that takes any number of words (`npm run vendor-images -- www-0x18 www-0x19`). */
export function parseFlagsAndOperands<S extends FlagSpec>(command: string, spec: S, argv: string[], operand: string) {
  return parse(command, spec, argv, { name: operand, count: "any" });
}
