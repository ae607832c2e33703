import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { renderFingerprint } from "./fingerprint.ts";

interface Entry<V> {
  digest: string;
  value: V;
}

interface MemoFile<V> {
  fingerprint: string;
  entries: Map<string, Entry<V>>;
}

export const digestOf = (data: string | Buffer) => createHash("sha256").update(data).digest("base64url");

/**
 * Values kept on disk between builds, each under a key and the digest of what it was made
 * from; the whole file is dropped when the fingerprint (fingerprint.ts) differs. The file
 * holds exactly the entries the last saving build used, so it never outgrows the content.
 */
export class DiskMemo<V> {
  private readonly stored: Map<string, Entry<V>>;
  private readonly kept = new Map<string, Entry<V>>();
  private misses = 0;

  constructor(
    private readonly path: string,
    private readonly fingerprint: string,
  ) {
    this.stored = this.read();
  }

  private read(): Map<string, Entry<V>> {
    try {
      const file = deserialize(readFileSync(this.path)) as MemoFile<V>;
      if (file.fingerprint === this.fingerprint && file.entries instanceof Map) return file.entries;
    } catch {
      // Missing, unreadable or from another Node: a cache is only ever a shortcut.
    }
    return new Map();
  }

  get(key: string, digest: string): V | undefined {
    const entry = this.stored.get(key);
    if (entry?.digest !== digest) {
      this.misses++;
      return undefined;
    }
    this.kept.set(key, entry);
    return entry.value;
  }

  set(key: string, digest: string, value: V): void {
    this.kept.set(key, { digest, value });
  }

  /**
   * Writes the entries used since it was read, if they differ, while the build goes on (the
   * file is 37 MiB at 4,000 issues); a cache that cannot be written is skipped.
   */
  async save(): Promise<void> {
    if (this.misses === 0 && this.kept.size === this.stored.size) return;
    const data = serialize({ fingerprint: this.fingerprint, entries: this.kept } satisfies MemoFile<V>);
    const scratch = `${this.path}.${process.pid}`;
    try {
      await mkdir(dirname(this.path), { recursive: true });
      await writeFile(scratch, data);
      await rename(scratch, this.path);
    } catch {
      await rm(scratch, { force: true }).catch(() => undefined);
    }
  }
}

const opened = new Set<string>();

/**
 * The memo `name` of a content folder (`.cache/weekly/<name>` beside it, git-ignored in the
 * project), the first time this process asks for it: later builds in a process are the dev
 * server's, served from its memory, and saving then would delay every edit. Undefined after
 * that, and without a fingerprint.
 */
export function openBuildMemo<V>(contentDir: string, name: string, options: { pathPrefix: string; origin: string }): DiskMemo<V> | undefined {
  const fingerprint = renderFingerprint(options);
  const path = join(dirname(resolve(contentDir)), ".cache", "weekly", name);
  const key = `${path}\n${fingerprint}`;
  if (fingerprint === undefined || opened.has(key)) return undefined;
  opened.add(key);
  return new DiskMemo<V>(path, fingerprint);
}
