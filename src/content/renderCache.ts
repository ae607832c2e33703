import { digestOf, DiskMemo } from "../cache/diskMemo.ts";
import type { Issue } from "./issue.ts";

/** A cached issue without its body, which is the end of the file and is sliced from it again. */
interface Stored {
  bodyLength: number;
  issue: Omit<Issue, "body">;
}

/**
 * Rendered issues kept between builds, keyed by file and content, so a build after a new issue
 * renders that issue only: reading and rendering were a third of a build at 4,000 issues.
 */
export class RenderCache {
  private readonly memo: DiskMemo<Stored>;

  constructor(path: string, fingerprint: string) {
    this.memo = new DiskMemo(path, fingerprint);
  }

  /** The issue as rendered from this very text, if a previous build did. */
  get(file: string, text: string): Issue | undefined {
    const stored = this.memo.get(file, digestOf(text));
    // `as`: Omit over the schema's open record drops the named fields from the spread's type.
    return stored && ({ ...stored.issue, body: text.slice(text.length - stored.bodyLength) } as Issue);
  }

  set(file: string, text: string, issue: Issue): void {
    // gray-matter's body is the end of the file; anything else is not worth the risk.
    if (!text.endsWith(issue.body)) return;
    const { body: _body, ...rest } = issue;
    this.memo.set(file, digestOf(text), { bodyLength: issue.body.length, issue: rest });
  }

  save(): Promise<void> {
    return this.memo.save();
  }
}
