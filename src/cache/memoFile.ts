import { hash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";
import { scratchPath } from "./scratchFiles.ts";

/** One remembered result: its text (HTML, most of the bytes) and the small data beside it. */
export interface Memoised<V> {
  text: string;
  data: V;
}

/** A result as the file keeps it: with the digest of what it was made from. */
export interface MemoRecord<V> extends Memoised<V> {
  digest: string;
}

/** A record as read back: its text and data are decoded, and checked, only when asked for. */
export interface StoredRecord<V> {
  digest: string;
  /** The text and data as written; undefined if their bytes no longer match their checksum. */
  read(): Memoised<V> | undefined;
}

/** What the file holds besides the entries: where each ends, and its checksum. */
interface Index {
  fingerprint: string;
  records: [key: string, digest: string, textBytes: number, dataBytes: number, checksum: string][];
}

// The file: each entry's text as UTF-8 then its data v8-serialised, entry after entry; the
// index; the index's length and checksum; this mark. Every byte is under a checksum, so a file
// changed in place after it was written is never taken for what was written.
const MARK = Buffer.from("wkm2");
// sha256 and sha1 both hash ~1.2 GB/s here (SHA-NI), blake2b 0.9, md5 0.6: a warm build of
// 4,000 issues checks its 21 MiB in ~15 ms (0.3 %), so every entry it uses is checked.
const checksum = (bytes: Uint8Array) => hash("sha256", bytes, "base64url");
const CHECKSUM_CHARS = 43;
const TRAILER_BYTES = 4 + CHECKSUM_CHARS + MARK.length;
// A UTF-16 code unit never takes more than three bytes of UTF-8.
const MAX_UTF8_PER_UNIT = 3;

/**
 * Collects the entries into one reused buffer and writes it out when full. Serialising 28 MiB of
 * HTML with v8 took ~0.15 s of a cold build, most of it the kernel handing over fresh pages for
 * the one big buffer (~13 µs a page here); a buffer written and refilled is faulted in once.
 */
class ChunkedWriter {
  private buffer = Buffer.allocUnsafe(1 << 20);
  private used = 0;

  constructor(private readonly fd: number) {}

  /** Writes `text` as UTF-8, then `data`; returns their lengths in bytes and their checksum. */
  entry(text: string, data: Uint8Array): [textBytes: number, dataBytes: number, checksum: string] {
    const room = text.length * MAX_UTF8_PER_UNIT + data.length;
    if (room > this.buffer.length - this.used) this.flush();
    if (room > this.buffer.length) this.buffer = Buffer.allocUnsafe(room);
    const start = this.used;
    const textBytes = this.buffer.write(text, start, "utf8");
    this.buffer.set(data, start + textBytes);
    this.used = start + textBytes + data.length;
    return [textBytes, data.length, checksum(this.buffer.subarray(start, this.used))];
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
  const scratch = scratchPath(path);
  const fd = openSync(scratch, "w");
  try {
    try {
      const out = new ChunkedWriter(fd);
      const index: Index = { fingerprint, records: [] };
      for (const [key, { digest, text, data }] of records) index.records.push([key, digest, ...out.entry(text, serialize(data))]);
      const indexBytes = serialize(index);
      const trailer = Buffer.alloc(TRAILER_BYTES);
      trailer.writeUInt32LE(indexBytes.length, 0);
      trailer.write(checksum(indexBytes), 4, "latin1");
      MARK.copy(trailer, 4 + CHECKSUM_CHARS);
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

/** The index of a whole memo file, unchanged since it was written; undefined otherwise. */
function readIndex(bytes: Buffer): { index: Index; indexStart: number } | undefined {
  if (bytes.length < TRAILER_BYTES || !MARK.equals(bytes.subarray(bytes.length - MARK.length))) return undefined;
  const indexEnd = bytes.length - TRAILER_BYTES;
  const indexStart = indexEnd - bytes.readUInt32LE(indexEnd);
  if (indexStart < 0) return undefined;
  const indexBytes = bytes.subarray(indexStart, indexEnd);
  if (checksum(indexBytes) !== bytes.toString("latin1", indexEnd + 4, indexEnd + 4 + CHECKSUM_CHARS)) return undefined;
  return { index: deserialize(indexBytes) as Index, indexStart };
}

/** One entry's text and data, if its bytes (`start` to `end`) still match their checksum. */
function readEntry<V>(bytes: Buffer, start: number, textEnd: number, end: number, expected: string): Memoised<V> | undefined {
  if (checksum(bytes.subarray(start, end)) !== expected) return undefined;
  return { text: bytes.toString("utf8", start, textEnd), data: deserialize(bytes.subarray(textEnd, end)) as V };
}

/**
 * A memo file's contents; undefined if there is none, or it is not one whole memo file of this
 * format. An entry whose bytes were changed reads as undefined (StoredRecord.read).
 */
export function readMemoFile<V>(path: string): MemoFile<V> | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const read = readIndex(bytes);
  if (!read) return undefined;
  const records = new Map<string, StoredRecord<V>>();
  let offset = 0;
  for (const [key, digest, textBytes, dataBytes, sum] of read.index.records) {
    const start = offset;
    offset += textBytes + dataBytes;
    const end = offset;
    records.set(key, { digest, read: () => readEntry<V>(bytes, start, start + textBytes, end, sum) });
  }
  // The entries must fill the space before the index exactly: bytes added or cut shift them all.
  return offset === read.indexStart ? { fingerprint: read.index.fingerprint, records } : undefined;
}
