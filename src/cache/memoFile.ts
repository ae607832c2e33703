import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";

/** One remembered result: its text (HTML, most of the bytes) and the small data beside it. */
export interface Memoised<V> {
  text: string;
  data: V;
}

/** A result as the file keeps it: with the digest of what it was made from. */
export interface MemoRecord<V> extends Memoised<V> {
  digest: string;
}

/** A record as read back: its text is decoded from the file only when asked for. */
export interface StoredRecord<V> {
  digest: string;
  data: V;
  text(): string;
}

/** Everything but the texts, v8-serialised after them; `textBytes` says where each text ends. */
interface Index<V> {
  fingerprint: string;
  records: [key: string, digest: string, textBytes: number, data: V][];
}

// The file: every text as UTF-8, back to back; the index; the index's length; this mark.
const MARK = Buffer.from("wkm1");
const TRAILER_BYTES = 4 + MARK.length;
// A UTF-16 code unit never takes more than three bytes of UTF-8.
const MAX_UTF8_PER_UNIT = 3;

/**
 * Collects the texts into one reused buffer and writes it out when full. Serialising 28 MiB of
 * HTML with v8 took ~0.15 s of a cold build, most of it the kernel handing over fresh pages for
 * the one big buffer (~13 µs a page here); a buffer written and refilled is faulted in once.
 */
class ChunkedWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(private readonly fd: number) {}

  /** Writes `text` as UTF-8 and returns its length in bytes. */
  text(text: string): number {
    const room = text.length * MAX_UTF8_PER_UNIT;
    if (room > this.buffer.length - this.used) this.flush();
    if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    const written = this.buffer.write(text, this.used, "utf8");
    this.used += written;
    return written;
  }

  bytes(bytes: Uint8Array): void {
    this.flush();
    this.writeAll(bytes);
  }

  flush(): void {
    this.writeAll(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd, bytes, done);
  }
}

/** Writes the records under `fingerprint`, atomically: a reader sees the old file or the new one. */
export function writeMemoFile<V>(path: string, fingerprint: string, records: Iterable<[string, MemoRecord<V>]>): void {
  mkdirSync(dirname(path), { recursive: true });
  const scratch = `${path}.${process.pid}`;
  const fd = openSync(scratch, "w");
  try {
    try {
      const out = new ChunkedWriter(fd);
      const index: Index<V> = { fingerprint, records: [] };
      for (const [key, { digest, text, data }] of records) index.records.push([key, digest, out.text(text), data]);
      const indexBytes = serialize(index);
      const trailer = Buffer.alloc(TRAILER_BYTES);
      trailer.writeUInt32LE(indexBytes.length, 0);
      MARK.copy(trailer, 4);
      out.bytes(indexBytes);
      out.bytes(trailer);
    } finally {
      closeSync(fd);
    }
    renameSync(scratch, path);
  } catch (error) {
    rmSync(scratch, { force: true });
    throw error;
  }
}

/** What a memo file holds: the fingerprint it was written under, and its records by key. */
export interface MemoFile<V> {
  fingerprint: string;
  records: Map<string, StoredRecord<V>>;
}

/** A memo file's contents; undefined if there is none, or it is not one whole memo file. */
export function readMemoFile<V>(path: string): MemoFile<V> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (bytes.length < TRAILER_BYTES || !MARK.equals(bytes.subarray(bytes.length - MARK.length))) return undefined;
  const indexEnd = bytes.length - TRAILER_BYTES;
  const indexStart = indexEnd - bytes.readUInt32LE(indexEnd);
  if (indexStart < 0) return undefined;
  let index: Index<V>;
  try {
    index = deserialize(bytes.subarray(indexStart, indexEnd)) as Index<V>;
  } catch {
    return undefined;
  }
  if (typeof index?.fingerprint !== "string" || !Array.isArray(index.records)) return undefined;
  const records = new Map<string, StoredRecord<V>>();
  let offset = 0;
  for (const [key, digest, textBytes, data] of index.records) {
    const start = offset;
    offset += textBytes;
    records.set(key, { digest, data, text: () => bytes.toString("utf8", start, start + textBytes) });
  }
  // The texts must fill the space before the index exactly, or the offsets are not to be trusted.
  return offset === indexStart ? { fingerprint: index.fingerprint, records } : undefined;
}
