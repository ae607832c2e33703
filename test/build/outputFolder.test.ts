import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/build/commandLine.ts";
import { checkOutputFolder, markOwned } from "../../src/build/outputFolder.ts";

/** A project folder with content/ and src/, and the folder above it. */
async function project(): Promise<{ above: string; root: string; check: (output: string) => void }> {
  const above = await mkdtemp(join(tmpdir(), "weekly-output-"));
  const root = join(above, "project");
  for (const folder of ["content/zh-tw/issues", "src/core", "layouts"]) await mkdir(join(root, folder), { recursive: true });
  const check = (output: string) => checkOutputFolder(join(root, output), { project: root, input: join(root, "content") });
  return { above, root, check };
}

describe("an output folder", () => {
  it.each([
    [".", /is the project itself/],
    ["..", /holds the project/],
    ["content", /holds the content/],
    ["content/zh-tw", /holds the content/],
    ["src", /is in src\/, which holds sources/],
    ["layouts/site", /is in layouts\/, which holds sources/],
    [".git", /is in \.git\/, which holds sources/],
  ])("%j is refused before anything is touched, with the fix", async (output, why) => {
    const { check } = await project();
    expect(() => check(output)).toThrow(UsageError);
    expect(() => check(output)).toThrow(why);
    expect(() => check(output)).toThrow(/Choose a folder of its own, such as --output=_site$/);
  });

  it("is refused when it is a file, holds sources, or exists with files no build made", async () => {
    const { root, check } = await project();
    await writeFile(join(root, "notes.txt"), "mine");
    expect(() => check("notes.txt")).toThrow(/is a file/);
    await mkdir(join(root, "other/.git"), { recursive: true });
    expect(() => check("other")).toThrow(/holds \.git, so it is not a built site/);
    await mkdir(join(root, "public"));
    await writeFile(join(root, "public/index.html"), "hand-written");
    expect(() => check("public")).toThrow(/exists and no build made it \(no \.public-built beside it\)/);
  });

  it("is accepted when new, empty, or made by an earlier build", async () => {
    const { root, check } = await project();
    expect(() => check("_site")).not.toThrow();
    await mkdir(join(root, "empty"));
    expect(() => check("empty")).not.toThrow();
    await mkdir(join(root, "_site"));
    await writeFile(join(root, "_site/index.html"), "built");
    markOwned(join(root, "_site"));
    expect(() => check("_site")).not.toThrow();
  });
});
