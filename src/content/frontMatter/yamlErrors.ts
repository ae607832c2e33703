import type { YAMLException } from "js-yaml";
import { lineAt, splitLines } from "../lines.ts";
import { doubleQuoted, isBlank, keyOf, lastFilledLine, readKeyLine } from "./yamlLines.ts";

/** A YAML mistake as an author reads it: the line (from 1, where the source starts) and a fix. */
export interface YamlMistake {
  line: number;
  message: string;
}

/**
 * The first character of the node that starts at `position` (js-yaml reports a node's start
 * before its spaces, comments and properties), if it is one of `wanted`.
 */
function startsWith(source: string, position: number, wanted: string): number | undefined {
  let i = position;
  for (;;) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    const char = source[i];
    if (char === undefined) return undefined;
    if (wanted.includes(char)) return i;
    // A comment, an anchor (&a) or a tag (!t) before the node itself.
    if (char !== "#" && char !== "&" && char !== "!") return undefined;
    const end = source.slice(i).search(char === "#" ? /[\r\n]/ : /\s/);
    if (end < 0) return undefined;
    i += end;
  }
}

/** Where the innermost node still open when js-yaml gave up starts, if it starts with one of `wanted`. */
function innermost(source: string, open: readonly number[], wanted: string): number | undefined {
  for (let i = open.length - 1; i >= 0; i--) {
    const start = startsWith(source, open[i]!, wanted);
    if (start !== undefined) return start;
  }
  return undefined;
}

/** Whether the bracket at `start` is closed later on, quoted text skipped. */
function isClosed(source: string, start: number): boolean {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const char = source[i]!;
    if (char === '"' || char === "'") {
      const end = char === '"' ? /(?<!\\)(?:\\\\)*"/g : /'/g;
      end.lastIndex = i + 1;
      if (!end.exec(source)) return false;
      i = end.lastIndex - 1;
    } else if (char === "[" || char === "{") depth++;
    else if ((char === "]" || char === "}") && --depth === 0) return true;
  }
  return false;
}

/** Why a `key: value` line's value does not read as YAML, and the value quoted to fix it. */
function valueMistake(value: string): string {
  const first = value[0] ?? "";
  if ("*&!|>@`%".includes(first)) return `a value starting with ${first} means something else to YAML`;
  const close = first === '"' || first === "'" ? value.indexOf(first, 1) : -1;
  if (close > 0 && close < value.length - 1) return "the quotes end before the value does";
  if (/:\s/.test(value)) return `": " in a value starts another key to YAML`;
  return "YAML cannot read this value";
}

/** A line without `key: value` where one is expected, looking up from the line js-yaml stopped on. */
function lineWithoutKey(lines: readonly string[], from: number): number | undefined {
  for (let i = from; i > 0; i--) {
    const line = lines[i]!;
    if (!isBlank(line) && !readKeyLine(line) && !/^\s*-(\s|$)/.test(line)) return i;
  }
  return undefined;
}

/**
 * A js-yaml error told as a fix, on the line of the cause rather than where js-yaml stopped
 * reading (an unclosed quote is found at the end of the block). `open` holds where each node
 * still open when it gave up starts, outermost first (js-yaml's `listener`).
 */
export function describeYamlError(source: string, error: YAMLException, open: readonly number[]): YamlMistake {
  const lines = splitLines(source);
  const reason = error.reason;
  const at = Math.min(error.mark?.position ?? 0, source.length);
  const said = (index: number, message: string): YamlMistake => {
    const key = keyOf(lines, index);
    return { line: index + 1, message: key === undefined ? message : `${key}: ${message}` };
  };

  const quote = /within a (double|single) quoted scalar/.exec(reason);
  if (quote) {
    const mark = quote[1] === "double" ? '"' : "'";
    const start = innermost(source, open, mark) ?? at;
    return said(lineAt(source, start), `the quoted text is never closed; end it with ${mark}`);
  }
  const bracket = reason.includes("flow collection") ? innermost(source, open, "[{") : undefined;
  if (bracket !== undefined) {
    const [kind, close] = source[bracket] === "[" ? ["list", "]"] : ["mapping", "}"];
    if (isClosed(source, bracket)) {
      const fix = 'separate them with commas, and quote an entry whole ("b c", not "b" c)';
      return said(lineAt(source, at), `an entry of the ${kind} is not followed by a comma; ${fix}`);
    }
    const fix = `end it with ${close}, or put the whole value in quotes if it is text`;
    return said(lineAt(source, bracket), `the ${kind} opened with ${source[bracket]} is never closed; ${fix}`);
  }
  if (reason === "duplicated mapping key") {
    const index = lineAt(source, at);
    const key = readKeyLine(lines[index]!)?.key ?? "this key";
    const indent = lines[index]!.search(/\S/);
    const first = lines.findIndex((line, i) => i < index && line.search(/\S/) === indent && readKeyLine(line)?.key === key);
    const earlier = first >= 0 ? ` (first on line ${first + 1})` : "";
    return { line: index + 1, message: `${key} is written twice${earlier}; keep one of them` };
  }
  if (reason.includes("single document")) {
    const end = lines.findIndex((line) => line.startsWith("..."));
    return { line: Math.max(end, 0) + 1, message: "a line starting with ... ends the YAML before the front matter does; remove it" };
  }
  if (reason.startsWith("tab characters")) {
    return said(lineAt(source, at), "this line is indented with a tab; YAML indents with spaces only: replace the tab with spaces");
  }
  if (reason.includes("non-printable")) {
    const index = source.search(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/);
    const code = source.codePointAt(Math.max(index, 0))!.toString(16).toUpperCase().padStart(4, "0");
    return said(lineAt(source, Math.max(index, 0)), `contains the character U+${code}, which YAML does not allow; remove it`);
  }
  if (reason === "unknown escape sequence" || reason.startsWith("expected hexadecimal")) {
    const backslash = source.lastIndexOf("\\", at);
    const escape = source.slice(backslash, backslash + 2);
    return said(lineAt(source, backslash), `"${escape}" starts an escape in double quotes; write \\\\ for a backslash, or put the value in single quotes`);
  }

  // The rest is told from the line: a tag error is found after its value, the others on it.
  const index = lastFilledLine(lines, lineAt(source, reason.startsWith("unknown tag") ? (innermost(source, open, "!") ?? at) : at));
  const keyLine = readKeyLine(lines[index]!);
  const column = at - (Math.max(source.lastIndexOf("\n", at - 1), source.lastIndexOf("\r", at - 1)) + 1);
  if (keyLine && keyLine.value !== "" && (column > keyLine.colon || "*&!|>@`%".includes(keyLine.value[0]!))) {
    const fix = `put the whole value in quotes: ${keyLine.key}: ${doubleQuoted(keyLine.value)}`;
    return said(index, `${valueMistake(keyLine.value)}; ${fix}`);
  }
  if (reason.startsWith("bad indentation")) {
    return said(index, "this line is indented differently from the entries around it; indent it with spaces as far as the others at its level");
  }
  const keyless = /document separator is expected|can not read|colon is missed/.test(reason) ? lineWithoutKey(lines, index) : undefined;
  if (keyless !== undefined) {
    const fix = /:\S/.test(lines[keyless]!) ? "write a space after the colon" : "write the key, a colon and a space before the value";
    return said(keyless, `this line is not "key: value"; ${fix}`);
  }
  return said(index, `YAML cannot read this line (${reason})`);
}
