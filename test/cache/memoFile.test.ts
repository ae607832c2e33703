import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

async function written(): Promise<string> {
  const path = await scratch();
  writeMemoFile(path, "fp", records);
  return path;
}

const readBack = (path: string) => {
  const file = readMemoFile<Data>(path);
  return file && { fingerprint: file.fingerprint, records: [...file.records].map(([key, r]) => [key, { digest: r.digest, text: r.text(), data: r.data }]) };
};

describe("memo files", () => {
  it("give back every record, texts byte for byte, data and dates intact, in order", async () => {
    expect(readBack(await written())).toEqual({ fingerprint: "fp", records });
  });

  it("store texts as UTF-8 ahead of the index, so the file is about the size of its text", async () => {
    const path = await written();
    const textBytes = records.reduce((sum, [, record]) => sum + Buffer.byteLength(record.text), 0);
    const bytes = await readFile(path);
    expect(bytes.subarray(0, textBytes).toString("utf8")).toBe(records.map(([, record]) => record.text).join(""));
    expect(bytes.length - textBytes).toBeLessThan(1000);
  });

  it("are replaced whole, leaving no scratch file behind", async () => {
    const path = await written();
    writeMemoFile(path, "fp2", records.slice(0, 1));
    expect(readBack(path)).toEqual({ fingerprint: "fp2", records: records.slice(0, 1) });
    expect(await readdir(join(path, ".."))).toEqual(["issues.memo"]);
  });

  it("read as absent when missing, foreign, cut short or padded", async () => {
    const path = await written();
    const bytes = await readFile(path);
    expect(readMemoFile(`${path}.missing`)).toBeUndefined();
    const damaged: Buffer[] = [
      Buffer.from("not a cache"),
      bytes.subarray(0, bytes.length - 1),
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

  it("leave the old file in place when a record cannot be written", async () => {
    const path = await written();
    const bad: [string, MemoRecord<unknown>][] = [["x", { digest: "d", text: "t", data: () => "a function cannot be serialised" }]];
    expect(() => writeMemoFile(path, "fp", bad)).toThrow();
    expect(readBack(path)).toEqual({ fingerprint: "fp", records });
    expect(await readdir(join(path, ".."))).toEqual(["issues.memo"]);
  });
});
