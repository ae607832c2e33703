import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { displayPath } from "../../src/core/paths.ts";
import { DiskMemo } from "../../src/cache/diskMemo.ts";

const saved = async () => {
  const path = join(await mkdtemp(join(tmpdir(), "weekly-disk-memo-")), "issues.memo");
  const memo = new DiskMemo<{ title: string }>(path, "fp");
  for (const name of ["a", "b", "c"]) memo.set(`${name}.md`, `digest-${name}`, { text: `<p>text of ${name}</p>`, data: { title: name } });
  memo.save();
  return path;
};

/** Changes `from` to `to` (the same length) wherever it is in the file, as a disk fault or a hand edit might. */
async function editInPlace(path: string, from: string, to: string): Promise<void> {
  const bytes = await readFile(path);
  const at = bytes.indexOf(from);
  if (at < 0 || from.length !== to.length) throw new Error(`${from} not in ${path}`);
  bytes.write(to, at);
  await writeFile(path, bytes);
}

describe("DiskMemo", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("serves an entry for its key and digest only", async () => {
    const memo = new DiskMemo<{ title: string }>(await saved(), "fp");
    expect(memo.get("a.md", "digest-a")).toEqual({ digest: "digest-a", text: "<p>text of a</p>", data: { title: "a" } });
    expect(memo.get("a.md", "digest-b")).toBeUndefined();
    expect(memo.get("d.md", "digest-d")).toBeUndefined();
  });

  it("misses entries changed on disk, warns once for the file, and saves them anew", async () => {
    const path = await saved();
    await editInPlace(path, "text of a", "TEXT of a");
    await editInPlace(path, "text of c", "text of C");
    const printed = vi.spyOn(console, "warn").mockImplementation(() => {});
    const memo = new DiskMemo<{ title: string }>(path, "fp");
    expect(memo.get("a.md", "digest-a")).toBeUndefined();
    expect(memo.get("b.md", "digest-b")).toEqual({ digest: "digest-b", text: "<p>text of b</p>", data: { title: "b" } });
    expect(memo.get("c.md", "digest-c")).toBeUndefined();
    expect(printed).toHaveBeenCalledTimes(1);
    expect(printed.mock.calls[0]?.[0]).toBe(`${displayPath(path)}: warning: render cache entries did not match their checksums: the file was changed after a build wrote it. They were rendered afresh, nothing from them was published, and the cache is written anew`);
    for (const name of ["a", "c"]) memo.set(`${name}.md`, `digest-${name}`, { text: `<p>text of ${name}</p>`, data: { title: name } });
    memo.save();
    const next = new DiskMemo<{ title: string }>(path, "fp");
    expect(["a", "b", "c"].map((name) => next.get(`${name}.md`, `digest-${name}`)?.text)).toEqual(["<p>text of a</p>", "<p>text of b</p>", "<p>text of c</p>"]);
    expect(printed).toHaveBeenCalledTimes(1);
  });

  it("removes on opening the scratch files of builds killed while saving, and only theirs", async () => {
    const path = await saved();
    // No process has a pid above Linux's limit of 2^22; this test's parent is running.
    for (const pid of [2 ** 30, process.ppid]) await writeFile(`${path}.${pid}`, "half a memo");
    await writeFile(`${path}.bak`, "the author's copy");
    new DiskMemo(path, "fp");
    expect(await readdir(join(path, ".."))).toEqual(["issues.memo", `issues.memo.${process.ppid}`, "issues.memo.bak"]);
  });

  it("checks only the entries a build asks for", async () => {
    const path = await saved();
    await editInPlace(path, "text of c", "text of C");
    const printed = vi.spyOn(console, "warn").mockImplementation(() => {});
    const memo = new DiskMemo<{ title: string }>(path, "fp");
    expect(memo.get("a.md", "digest-a")?.text).toBe("<p>text of a</p>");
    expect(memo.get("c.md", "digest-other")).toBeUndefined();
    expect(printed).not.toHaveBeenCalled();
  });
});
