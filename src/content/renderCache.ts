import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Issue } from "./issue.ts";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));

/** A cached issue without its body, which is the end of the file and is sliced from it again. */
interface Stored {
  hash: string;
  bodyLength: number;
  issue: Omit<Issue, "body">;
}

interface CacheFile {
  fingerprint: string;
  entries: Map<string, Stored>;
}

const hashOf = (text: string) => createHash("sha256").update(text).digest("base64url");

/**
 * Everything a rendered issue depends on besides its file: our code (any file under src/), the
 * installed packages (the lockfile), Node, and the build's URL options. A change to any of them
 * starts the cache afresh.
 */
export function renderFingerprint(options: object, project = PROJECT): string {
  const hash = createHash("sha256").update(process.version).update(JSON.stringify(options));
  hash.update(readFileSync(join(project, "package-lock.json")));
  const src = join(project, "src");
  for (const file of readdirSync(src, { recursive: true, encoding: "utf8" }).sort()) {
    if (file.endsWith(".ts")) hash.update(file).update(readFileSync(join(src, file)));
  }
  return hash.digest("base64url");
}

/**
 * Rendered issues kept on disk between builds, keyed by file and content hash, so a build after
 * a new issue renders that issue only: rendering was a third of a build at 4,000 issues. The file
 * holds exactly the issues of the last build that saved it, so it never outgrows the content.
 */
export class RenderCache {
  private readonly stored: Map<string, Stored>;
  private readonly kept = new Map<string, Stored>();
  private misses = 0;

  constructor(
    private readonly path: string,
    private readonly fingerprint: string,
  ) {
    this.stored = this.read();
  }

  private read(): Map<string, Stored> {
    try {
      const cached = deserialize(readFileSync(this.path)) as CacheFile;
      if (cached.fingerprint === this.fingerprint && cached.entries instanceof Map) return cached.entries;
    } catch {
      // Missing, unreadable or from another Node: a cache is only ever a shortcut.
    }
    return new Map();
  }

  /** The issue as rendered from this very text, if a previous build did. */
  get(file: string, text: string): Issue | undefined {
    const stored = this.stored.get(file);
    if (!stored || stored.hash !== hashOf(text)) {
      this.misses++;
      return undefined;
    }
    this.kept.set(file, stored);
    // `as`: Omit over the schema's open record drops the named fields from the spread's type.
    return { ...stored.issue, body: text.slice(text.length - stored.bodyLength) } as Issue;
  }

  set(file: string, text: string, issue: Issue): void {
    // gray-matter's body is the end of the file; anything else is not worth the risk.
    if (!text.endsWith(issue.body)) return;
    const { body: _body, ...rest } = issue;
    this.kept.set(file, { hash: hashOf(text), bodyLength: issue.body.length, issue: rest });
  }

  /** Writes this build's issues if anything changed; a cache that cannot be written is skipped. */
  save(): void {
    if (this.misses === 0 && this.kept.size === this.stored.size) return;
    const file: CacheFile = { fingerprint: this.fingerprint, entries: this.kept };
    const scratch = `${this.path}.${process.pid}`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(scratch, serialize(file));
      renameSync(scratch, this.path);
    } catch {
      rmSync(scratch, { force: true });
    }
  }
}
