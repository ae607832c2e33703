import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { renderFingerprint } from "./fingerprint.ts";
import { displayPath } from "../core/paths.ts";
import { processCache } from "../core/processCache.ts";
import { warn } from "../core/problems.ts";
import { readMemoFile, writeMemoFile, type Memoised, type MemoRecord, type StoredRecord } from "./memoFile.ts";
import { removeAbandonedScratch } from "./scratchFiles.ts";

/** The digest of the parts in a row, as if they were one text. */
export function digestOf(...parts: (string | Buffer)[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("base64url");
}

const DAMAGED =
  "render cache entries did not match their checksums: the file was changed after a build wrote it. They were rendered afresh, nothing from them was published, and the cache is written anew";

/**
 * Values kept on disk between builds, each under a key and the digest of what it was made
 * from; the whole file is dropped when the fingerprint (fingerprint.ts) differs, and an entry
 * whose bytes changed since it was written is a miss. The file holds exactly the entries the
 * last saving build used, so it never outgrows the content.
 */
export class DiskMemo<V> {
  private readonly stored: Map<string, StoredRecord<V>>;
  private readonly kept = new Map<string, MemoRecord<V>>();
  private misses = 0;

  constructor(
    private readonly path: string,
    private readonly fingerprint: string,
  ) {
    removeAbandonedScratch(path);
    const file = readMemoFile<V>(path);
    this.stored = file?.fingerprint === fingerprint ? file.records : new Map();
  }

  get(key: string, digest: string): Memoised<V> | undefined {
    const stored = this.stored.get(key);
    const value = stored?.digest === digest ? this.checked(stored) : undefined;
    if (!value) {
      this.misses++;
      return undefined;
    }
    const record = { digest, ...value };
    this.kept.set(key, record);
    return record;
  }

  /**
   * The entry as written, or undefined (a miss: rendered afresh, and saved anew) if its bytes
   * changed on disk since. `warn` prints the same warning once, however many entries changed.
   */
  private checked(stored: StoredRecord<V>): Memoised<V> | undefined {
    const value = stored.read();
    if (!value) warn({ file: displayPath(this.path), message: DAMAGED });
    return value;
  }

  set(key: string, digest: string, value: Memoised<V>): void {
    // A value made without asking the memo first (the loader renders feed bodies with pages) is a change too.
    if (this.stored.get(key)?.digest !== digest) this.misses++;
    this.kept.set(key, { digest, ...value });
  }

  /**
   * Writes the entries used since it was read, if they differ (19 MiB at 4,000 issues, most of
   * it HTML), before the build goes on. A cache that cannot be written (a full or read-only
   * disk, a folder where the file goes) is only a shortcut lost: the build goes on, and warns,
   * since every later build would render everything afresh.
   */
  save(): void {
    if (this.misses === 0 && this.kept.size === this.stored.size) return;
    try {
      writeMemoFile(this.path, this.fingerprint, this.kept);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      warn({
        file: displayPath(this.path),
        message: `this build's cache could not be written (${code}), so the next build does all of its work again; if something stands at this path, move or remove it, or make the folder writable`,
      });
    }
  }
}

/**
 * The memo `name` of a content folder (`.cache/weekly/<name>` beside it, git-ignored in the
 * project), the first time this process asks for it: later builds in a process are the dev
 * server's, served from its memory, and saving then would delay every edit. Undefined after
 * that, and without a fingerprint.
 */
export function openBuildMemo<V>(contentDir: string, name: string, options: { pathPrefix: string; origin: string }): DiskMemo<V> | undefined {
  const path = join(dirname(resolve(contentDir)), ".cache", "weekly", name);
  const key = JSON.stringify([path, options.pathPrefix, options.origin]);
  const opened = processCache("opened build memos", () => new Set<string>());
  if (opened.has(key)) return undefined;
  opened.add(key);
  const fingerprint = renderFingerprint(options);
  return fingerprint === undefined ? undefined : new DiskMemo<V>(path, fingerprint);
}
