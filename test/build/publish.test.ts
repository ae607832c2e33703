import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { publishAtomically } from "../../src/build/publish.ts";

const DEAD_PID = 2 ** 22 + 1; // above Linux's largest pid: no process has it
const never = (): never => {
  throw new Error("no signal was expected");
};
const writeSite = (text: string) => async (scratch: string) => writeFile(join(scratch, "index.html"), text);

async function parent(): Promise<string> {
  return mkdtemp(join(tmpdir(), "weekly-publish-"));
}

describe("publishing a build", () => {
  it("swaps the new site in, marks it as a build's own and leaves no scratch folder", async () => {
    const root = await parent();
    await publishAtomically(join(root, "_site"), writeSite("one"), never);
    const report = await publishAtomically(join(root, "_site"), writeSite("two"), never);
    expect(await readFile(join(root, "_site/index.html"), "utf8")).toBe("two");
    expect((await readdir(root)).sort()).toEqual(["._site-built", "_site"]);
    expect(report).toEqual({ removed: [], restored: undefined, leftOver: undefined });
  });

  it("leaves the previous site and no scratch folder when the build fails", async () => {
    const root = await parent();
    await publishAtomically(join(root, "_site"), writeSite("one"), never);
    const failing = publishAtomically(join(root, "_site"), async () => Promise.reject(new Error("bad issue")), never);
    await expect(failing).rejects.toThrow("bad issue");
    expect(await readFile(join(root, "_site/index.html"), "utf8")).toBe("one");
    expect((await readdir(root)).sort()).toEqual(["._site-built", "_site"]);
  });

  it("removes the scratch folders of killed builds, and keeps a running build's", async () => {
    const root = await parent();
    const killed = [`._site-build-${DEAD_PID}-abcdef`, `._site-build-${DEAD_PID}-ghijkl-old`];
    const running = `._site-build-${process.ppid}-mnopqr`;
    for (const name of [...killed, running, "._site-build-notmine"]) await mkdir(join(root, name));
    await mkdir(join(root, "_site"));
    const report = await publishAtomically(join(root, "_site"), writeSite("new"), never);
    expect(report.removed.sort()).toEqual(killed.map((name) => join(root, name)).sort());
    expect((await readdir(root)).sort()).toEqual(["._site-build-notmine", "._site-built", running, "_site"].sort());
  });

  it("puts the last good site back when a build was killed between its two renames", async () => {
    const root = await parent();
    const retired = join(root, `._site-build-${DEAD_PID}-abcdef-old`);
    await mkdir(retired);
    await writeFile(join(retired, "index.html"), "last good");
    const failing = publishAtomically(join(root, "_site"), async () => {
      expect(await readFile(join(root, "_site/index.html"), "utf8")).toBe("last good");
      throw new Error("stop after the check");
    }, never);
    await expect(failing).rejects.toThrow("stop after the check");
    expect(existsSync(retired)).toBe(false);
    expect(await readFile(join(root, "_site/index.html"), "utf8")).toBe("last good");
  });
});
