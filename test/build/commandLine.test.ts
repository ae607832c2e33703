import { describe, expect, it } from "vitest";
import { parseFlags, UsageError, type FlagSpec } from "../../src/build/commandLine.ts";

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
