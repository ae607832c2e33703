import { digestOf, type DiskMemo } from "../cache/diskMemo.ts";
import type { Issue } from "./issue.ts";

/**
 * A cached issue without its HTML, which the memo keeps as its text, and without its body,
 * which is the end of the file and is decoded from it again.
 */
export interface StoredIssue {
  /** The body's length in bytes. */
  bodyLength: number;
  issue: Omit<Issue, "body" | "html">;
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
    const body = bytes.toString("utf8", bytes.length - stored.data.bodyLength);
    // `as`: Omit over the schema's open record drops the named fields from the spread's type.
    return { ...stored.data.issue, html: stored.text, body } as Issue;
  }

  set(file: string, bytes: Buffer, issue: Issue): void {
    // gray-matter's body is the end of the file; anything else is not worth the risk.
    const bodyLength = Buffer.byteLength(issue.body);
    if (bytes.toString("utf8", bytes.length - bodyLength) !== issue.body) return;
    const { body: _body, html, ...rest } = issue;
    this.memo.set(file, fileDigest(bytes), { text: html, data: { bodyLength, issue: rest } });
  }

  save(): void {
    this.memo.save();
  }
}
