import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimFolder } from "../../bench/claimFolder.ts";

describe("a folder the bench empties", () => {
  it("is refused, untouched, when it holds files the bench did not write", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-claim-"));
    await writeFile(join(root, "notes.md"), "mine");
    await expect(claimFolder(root, ["product", "bare"])).rejects.toThrow(/holds files the bench did not write/);
    expect(await readdir(root)).toEqual(["notes.md"]);
  });

  it("is emptied and marked when new, marked by an earlier run, or shaped as the bench leaves it", async () => {
    const parent = await mkdtemp(join(tmpdir(), "weekly-claim-"));
    const fresh = join(parent, "fresh");
    await claimFolder(fresh);
    expect(await readdir(fresh)).toEqual([".weekly-bench"]);
    await writeFile(join(fresh, "site.html"), "old run");
    await claimFolder(fresh);
    expect(await readdir(fresh)).toEqual([".weekly-bench"]);
    const corpus = join(parent, "n20");
    await mkdir(join(corpus, "product"), { recursive: true });
    await claimFolder(corpus, ["product", "bare"]);
    expect(existsSync(join(corpus, "product"))).toBe(false);
  });
});
