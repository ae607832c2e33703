import { describe, expect, it } from "vitest";
import { parseFlags, parseFlagsAndOperand, UsageError, type FlagSpec } from "../../src/build/commandLine.ts";

const spec = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
  verbose: { type: "boolean", meaning: "say more" },
} satisfies FlagSpec;

describe("a command's flags", () => {
  it("are read with their defaults", () => {
    expect(parseFlags("cmd", spec, [])).toEqual({ input: "content" });
    expect(parseFlags("cmd", spec, ["--input=x", "--verbose"])).toEqual({ input: "x", verbose: true });
  });

  it.each([
    [["--inptu=x"], "cmd: Unknown option '--inptu'"],
    [["--input"], "cmd: Option '--input <value>' argument missing"],
    [["stray"], "cmd: Unexpected argument 'stray'"],
    [["--verbose=yes"], "cmd: Option '--verbose' does not take an argument"],
  ])("refuse %j with the mistake and every valid flag", (argv, first) => {
    let error: unknown;
    try {
      parseFlags("cmd", spec, argv);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    const lines = (error as Error).message.split("\n");
    expect(lines[0]).toBe(first);
    expect(lines.slice(1)).toEqual([
      "usage: cmd [-- flags]",
      "  --input=<value>          the folder of issues (default: content)",
      "  --verbose                say more",
    ]);
  });
});

describe("a command's flags and its one operand", () => {
  it("are read in any order", () => {
    expect(parseFlagsAndOperand("cmd", spec, ["--verbose", "www-0x04"], "issue")).toEqual({
      values: { input: "content", verbose: true },
      operand: "www-0x04",
    });
  });

  it.each([
    [[], "cmd: Give the issue"],
    [["a", "b"], "cmd: Give one issue, not a and b"],
  ])("refuse %j, showing where the operand goes", (argv, first) => {
    expect(() => parseFlagsAndOperand("cmd", spec, argv, "issue")).toThrow(new UsageError(`${first}\nusage: cmd -- <issue> [flags]\n  --input=<value>          the folder of issues (default: content)\n  --verbose                say more`));
  });
});
