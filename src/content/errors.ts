import { formatProblem, type Problem } from "../core/problems.ts";

/** Thrown once per build with every problem found, so one run shows them all, each once. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    // A problem found twice (two checks, two loads) is still one thing for the author to fix.
    const unique = new Map(problems.map((problem) => [formatProblem(problem), problem]));
    super([...unique.keys()].join("\n"));
    this.problems = [...unique.values()];
    this.name = "ContentError";
  }
}

/** Raised while reading the front matter; `line` counts from 1 at the first line of the file. */
export class FrontMatterError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "FrontMatterError";
  }
}

/** Raised by markdown plugins; `line` counts from 1 at the first line of the body. */
export class MarkdownSourceError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "MarkdownSourceError";
  }
}
