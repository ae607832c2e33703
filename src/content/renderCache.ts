import { digestOf, type DiskMemo } from "../cache/diskMemo.ts";
import type { Issue } from "./issue.ts";

/**
 * A cached issue without its HTML, which the memo keeps as its text, and without its body,
 * which is the end of the file.
 */
export interface StoredIssue {
  /** The body's length in bytes. */
  bodyLength: number;
  issue: Omit<Issue, "bodyBytes" | "html">;
}

// A missed file is hashed on lookup and again when its rendering is stored: hash it once.
const fileDigests = new WeakMap<Buffer, string>();

function fileDigest(bytes: Buffer): string {
  let digest = fileDigests.get(bytes);
  if (digest === undefined) fileDigests.set(bytes, (digest = digestOf(bytes)));
  return digest;
}

/**
 * Rendered issues kept between builds, keyed by file and content, so a build after a new issue
 * renders that issue only: reading and rendering were a third of a build at 4,000 issues.
 */
export class RenderCache {
  constructor(private readonly memo: DiskMemo<StoredIssue>) {}

  /** The issue as rendered from these very bytes, if a previous build did. */
  get(file: string, bytes: Buffer): Issue | undefined {
    const stored = this.memo.get(file, fileDigest(bytes));
    if (!stored) return undefined;
    const bodyBytes = bytes.subarray(bytes.length - stored.data.bodyLength);
    // `as`: Omit over the schema's open record drops the named fields from the spread's type.
    return { ...stored.data.issue, html: stored.text, bodyBytes } as Issue;
  }

  set(file: string, bytes: Buffer, issue: Issue): void {
    const { bodyBytes, html, ...rest } = issue;
    // The body is the end of the file unless the file is not valid UTF-8: not worth the risk.
    if (!bytes.subarray(bytes.length - bodyBytes.length).equals(bodyBytes)) return;
    this.memo.set(file, fileDigest(bytes), { text: html, data: { bodyLength: bodyBytes.length, issue: rest } });
  }

  save(): void {
    this.memo.save();
  }
}
