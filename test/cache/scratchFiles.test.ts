import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeAbandonedScratch, scratchPath } from "../../src/cache/scratchFiles.ts";

describe("scratch files and folders of killed builds", () => {
  it("removes a gone process's scratch folder with what is in it, and keeps a running one's and the rest", async () => {
    const cache = await mkdtemp(join(tmpdir(), "weekly-scratch-"));
    const index = join(cache, "zh-tw");
    // No process has a pid above Linux's limit of 2^22; this test's parent is running.
    for (const pid of [2 ** 30, process.ppid]) await mkdir(join(`${index}.${pid}`, "bundle"), { recursive: true });
    await writeFile(join(`${index}.${2 ** 30}`, "bundle", "index.json"), "half an index");
    await mkdir(join(index, "bundle"), { recursive: true });
    await mkdir(`${index}.old`);
    removeAbandonedScratch(index);
    expect((await readdir(cache)).sort()).toEqual(["zh-tw", `zh-tw.${process.ppid}`, "zh-tw.old"]);
    expect(scratchPath(index)).toBe(`${index}.${process.pid}`);
  });
});
