import type { DiskMemo } from "../cache/diskMemo.ts";
import { NO_IMAGES, type IssueImages } from "./images/types.ts";
import type { Issue } from "./issue.ts";

/**
 * A cached issue without its HTML, which the memo keeps as its text, and without its body,
 * which is the end of the file.
 */
export interface StoredIssue {
  /** Where the body starts in the file, in bytes. */
  bodyStart: number;
  /** Without `images` when it has none: most issues, and a cold build writes 4,000 of them. */
  issue: Omit<Issue, "body" | "html" | "images"> & { images?: IssueImages };
}

/**
 * Rendered issues kept between builds, keyed by file and content, so a build after a new issue
 * renders that issue only: reading and rendering were a third of a build at 4,000 issues.
 */
export class RenderCache {
  constructor(private readonly memo: DiskMemo<StoredIssue>) {}

  /** The issue as rendered from these very bytes (`digest` is theirs), if a previous build did. */
  get(file: string, bytes: Buffer, digest: string): Issue | undefined {
    const stored = this.memo.get(file, digest);
    if (!stored) return undefined;
    // `as`: Omit over the schema's open record drops the named fields from the spread's type.
    const { images = NO_IMAGES, ...rest } = stored.data.issue;
    return { ...rest, images, html: stored.text, body: bytes.toString("utf8", stored.data.bodyStart) } as Issue;
  }

  set(file: string, bytes: Buffer, digest: string, issue: Issue): void {
    const { body, html, images, ...rest } = issue;
    const bodyStart = bytes.length - Buffer.byteLength(body);
    // The body is the end of the file unless the file is not valid UTF-8: not worth the risk.
    if (bytes.toString("utf8", bodyStart) !== body) return;
    this.memo.set(file, digest, { text: html, data: { bodyStart, issue: images === NO_IMAGES ? rest : { ...rest, images } } });
  }

  save(): void {
    this.memo.save();
  }
}

