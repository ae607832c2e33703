import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { readMemoFile, writeMemoFile, type MemoRecord } from "../../src/cache/memoFile.ts";

type Data = { bodyLength: number; tags: string[]; date: Date } | undefined;

// Texts that cross the writer's 1 MiB buffer, overflow it alone, are empty, and need 1 to 4 bytes a character.
const records: [string, MemoRecord<Data>][] = [
  ["content/zh-tw/issues/www-0x01.md", { digest: "d1", text: "<p>正文，含 emoji 🦀 與 ASCII。</p>\n", data: { bodyLength: 12, tags: ["Rust", "開發"], date: new Date("2020-01-31T16:00:11Z") } }],
  ["content/en/issues/empty.md", { digest: "d2", text: "", data: undefined }],
  ["content/zh-tw/issues/long.md", { digest: "d3", text: "<p>長文</p>".repeat(200_000), data: { bodyLength: 1, tags: [], date: new Date(0) } }],
  ["content/en/issues/after.md", { digest: "d4", text: "café ".repeat(300_000), data: undefined }],
  ["content/en/issues/last.md", { digest: "d5", text: "<p>the last</p>", data: undefined }],
];

const scratch = async () => join(await mkdtemp(join(tmpdir(), "weekly-memo-")), "issues.memo");

async function written(entries = records): Promise<string> {
  const path = await scratch();
  writeMemoFile(path, "fp", entries);
  return path;
}

/** Each record as read back, or "damaged" where its bytes no longer match their checksum. */
const readBack = (path: string) => {
  const file = readMemoFile<Data>(path);
  return file && { fingerprint: file.fingerprint, records: [...file.records].map(([key, r]) => [key, r.read() ? { digest: r.digest, ...r.read() } : "damaged"]) };
};

/** Where each record's bytes start and end in the file: its text as UTF-8, then its data v8-serialised. */
function layout(entries: [string, MemoRecord<Data>][]) {
  let offset = 0;
  return entries.map(([, { text, data }]) => {
    const start = offset;
    const textEnd = start + Buffer.byteLength(text);
    offset = textEnd + serialize(data).length;
    return { start, textEnd, end: offset };
  });
}

/** The bytes with the one at `at` changed (same length), as a disk or a hand edit might. */
const flipped = (bytes: Buffer, at: number) => {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] as number) ^ 0x01;
  return copy;
};

describe("memo files", () => {
  it("give back every record, texts byte for byte, data and dates intact, in order", async () => {
    expect(readBack(await written())).toEqual({ fingerprint: "fp", records });
  });

  it("store each text as UTF-8 with its data after it, so the file is about the size of its text", async () => {
    const path = await written();
    const bytes = await readFile(path);
    for (const [i, { start, textEnd }] of layout(records).entries()) {
      expect(bytes.toString("utf8", start, textEnd)).toBe(records[i]?.[1].text);
    }
    const textBytes = records.reduce((sum, [, record]) => sum + Buffer.byteLength(record.text), 0);
    expect(bytes.length - textBytes).toBeLessThan(1000);
  });

  it("are replaced whole, leaving no scratch file behind", async () => {
    const path = await written();
    writeMemoFile(path, "fp2", records.slice(0, 1));
    expect(readBack(path)).toEqual({ fingerprint: "fp2", records: records.slice(0, 1) });
    expect(await readdir(join(path, ".."))).toEqual(["issues.memo"]);
  });

  it("read as absent when missing, foreign, of the previous format, cut short or padded", async () => {
    const path = await written();
    const bytes = await readFile(path);
    expect(readMemoFile(`${path}.missing`)).toBeUndefined();
    const index = serialize({ fingerprint: "fp", records: [["a", "d", 1, undefined]] });
    const length = Buffer.alloc(4);
    length.writeUInt32LE(index.length);
    const damaged: Buffer[] = [
      Buffer.from("not a cache"),
      Buffer.concat([Buffer.from("x"), index, length, Buffer.from("wkm1")]),
      bytes.subarray(0, bytes.length - 1),
      bytes.subarray(0, bytes.length >> 1),
      bytes.subarray(1),
      Buffer.concat([Buffer.from("x"), bytes]),
      Buffer.concat([bytes.subarray(0, 100), bytes.subarray(101)]),
      Buffer.alloc(0),
    ];
    for (const variant of damaged) {
      await writeFile(path, variant);
      expect(readMemoFile(path)).toBeUndefined();
    }
  });

  it("read a record changed in place, in its text or its data, as damaged, and the others as written", async () => {
    const path = await written();
    const bytes = await readFile(path);
    const [first, , long] = layout(records);
    if (!first || !long) throw new Error("layout");
    const expected = (damaged: number) => ({ fingerprint: "fp", records: records.map(([key, record], i) => [key, i === damaged ? "damaged" : record]) });
    for (const [at, record] of [[first.start + 3, 0], [long.textEnd - 1, 2], [first.textEnd + 2, 0], [long.end - 1, 2]] as const) {
      await writeFile(path, flipped(bytes, at));
      expect(readBack(path), `byte ${at}`).toEqual(expected(record));
    }
  });

  it("read as absent when the index or the trailer changed in place", async () => {
    const path = await written();
    const bytes = await readFile(path);
    const indexStart = layout(records).at(-1)?.end as number;
    for (const at of [indexStart, indexStart + 40, bytes.length - 51, bytes.length - 50, bytes.length - 45, bytes.length - 20, bytes.length - 1]) {
      await writeFile(path, flipped(bytes, at));
      expect(readMemoFile(path), `byte ${at} of ${bytes.length}`).toBeUndefined();
    }
  });

  it("never give back a record other than as written, whichever one byte changed", async () => {
    const small = records.filter(([, record]) => record.text.length < 100);
    const path = await written(small);
    const bytes = await readFile(path);
    const entries = layout(small);
    for (let at = 0; at < bytes.length; at++) {
      await writeFile(path, flipped(bytes, at));
      const inEntry = entries.findIndex(({ start, end }) => at >= start && at < end);
      const expected = inEntry < 0 ? undefined : { fingerprint: "fp", records: small.map(([key, record], i) => [key, i === inEntry ? "damaged" : record]) };
      expect(readBack(path), `byte ${at} of ${bytes.length}`).toEqual(expected);
    }
  });

  it("leave the old file in place when a record cannot be written", async () => {
    const path = await written();
    const bad: [string, MemoRecord<unknown>][] = [["x", { digest: "d", text: "t", data: () => "a function cannot be serialised" }]];
    expect(() => writeMemoFile(path, "fp", bad)).toThrow();
    expect(readBack(path)).toEqual({ fingerprint: "fp", records });
    expect(await readdir(join(path, ".."))).toEqual(["issues.memo"]);
  });
});
