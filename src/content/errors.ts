/** One problem an author must fix, located as precisely as we know. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
  /** The line as written, shown under the message so the author sees what was read. */
  source?: string;
}

const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}${p.source === undefined ? "" : `\n      | ${p.source}`}`;

/** Thrown once per build with every problem found, so one run shows them all. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in content; nothing was published:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ContentError";
  }
}

/** Raised by markdown plugins; `line` counts from 1 at the first line of the body. */
export class MarkdownSourceError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "MarkdownSourceError";
  }
}
