import type { PageAndFeedRenderer } from "../markdown/createMarkdown.ts";
import type { RenderEnv } from "../markdown/env.ts";
import { readIssue, type IssueSource, type ReadResult } from "../readIssue.ts";

/** One issue file to read and render, and how its page renders (its images resolved). */
export interface RenderTask {
  source: IssueSource;
  env: RenderEnv;
}

/** The file read and rendered; if it is a good issue, its body as its feeds carry it too. */
export interface Rendered {
  result: ReadResult;
  feed?: string;
}

/**
 * Reads and renders one issue, page and feed from one parse, in the build's thread or a
 * worker's. The issue comes back without its images: the caller has them, and keeps their
 * identity (`NO_IMAGES`), which a worker's copy would lose.
 */
export function renderIssue({ source, env }: RenderTask, render: PageAndFeedRenderer): Rendered {
  let feed: string | undefined;
  const result = readIssue(source, (body) => {
    const both = render(body, env);
    feed = both.feed;
    return both.page;
  });
  return result.issue ? { result, feed } : { result };
}
