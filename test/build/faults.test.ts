import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCorpus } from "../../bench/corpus.ts";
import { npmScriptCommand } from "../support/npmScript.ts";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { hashTree } from "../support/tree.ts";

/** Folders beside the output that are not the output or its ownership mark: scratch left behind. */
const leftovers = async (root: string) => (await readdir(root)).filter((name) => name.startsWith("._site-build-"));

/** A project copy with a good build in _site/, and the hash of that site. */
async function builtProject() {
  const root = await scratchProject();
  const first = await runScript("build", [], root);
  expect(first.code, first.stderr).toBe(0);
  return { root, site: await hashTree(join(root, "_site")) };
}

describe("a build that meets a fault of the system", () => {
  it.each([
    ["ENOSPC", "the disk is full"],
    ["EACCES", "permission was denied"],
  ])("%s: says what happened in one message, keeps the live site, leaves no scratch, and the retry succeeds", async (code, meaning) => {
    const { root, site } = await builtProject();
    const failed = await runScript("build", [], root, { preload: "failWrites.mjs", env: { FAULT_PATH: "._site-build-", FAULT_CODE: code } });
    expect(failed.code).toBe(1);
    const lines = failed.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^${meaning} \\(${code} at \\._site-build-\\d+-\\w{6}/`));
    expect(lines.slice(1)).toEqual(["Build failed: 1 error, 0 warnings. Nothing was published; _site/ is as it was."]);
    expect(failed.stderr).not.toMatch(/\n\s+at /);
    expect(await hashTree(join(root, "_site"))).toEqual(site);
    expect(await leftovers(root)).toEqual([]);
    const retry = await runScript("build", [], root);
    expect(retry.code, retry.stderr).toBe(0);
    expect(await hashTree(join(root, "_site"))).toEqual(site);
  });

  it("prints the stack trace under --verbose", async () => {
    const { root } = await builtProject();
    const failed = await runScript("build", ["--verbose"], root, { preload: "failWrites.mjs", env: { FAULT_PATH: "._site-build-" } });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/\n\s+at /);
  });

  it("says the new site is live when the old copy cannot be removed, and the next build removes it", async () => {
    const { root } = await builtProject();
    const issue = join(root, "content/zh-tw/issues/www-0x01.md");
    await writeFile(issue, (await readFile(issue, "utf8")).replace("WWW 0x01", "WWW 0x01 NEW"));
    const result = await runScript("build", [], root, { preload: "failWrites.mjs", env: { FAULT_PATH: "-old", FAULT_CALL: "rm", FAULT_CODE: "EACCES" } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^the new _site\/ is live, but its previous copy could not be removed \(EACCES: permission denied, .*\); the next build removes \._site-build-\d+-\w{6}-old$/m);
    expect(await leftovers(root)).toHaveLength(1);
    const next = await runScript("build", [], root);
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(/^removed 1 folder left by earlier builds: \._site-build-\d+-\w{6}-old$/m);
    expect(await leftovers(root)).toEqual([]);
  });
});

describe("a build that finds something in the way of its cache", () => {
  it("a file where the search index's folder goes: fails naming it and the fix, removes nothing, keeps the live site", async () => {
    const { root, site } = await builtProject();
    await rm(join(root, ".cache/weekly"), { recursive: true });
    await mkdir(join(root, ".cache/weekly"), { recursive: true });
    await writeFile(join(root, ".cache/weekly/search"), "the writer's notes\n");
    const failed = await runScript("build", [], root);
    expect(failed.code).toBe(1);
    expect(failed.stderr.trimEnd().split("\n")).toEqual([
      "a file stands where the build makes a folder (EEXIST at .cache/weekly/search): move or remove it, then build again",
      "Build failed: 1 error, 0 warnings. Nothing was published; _site/ is as it was.",
    ]);
    expect(await hashTree(join(root, "_site"))).toEqual(site);
    expect(await readFile(join(root, ".cache/weekly/search"), "utf8")).toBe("the writer's notes\n");
  });

  it("a folder where the render cache's file goes: publishes, warns naming it and the fix, removes nothing", async () => {
    const { root } = await builtProject();
    await rm(join(root, ".cache/weekly"), { recursive: true });
    await mkdir(join(root, ".cache/weekly/issues.memo/kept"), { recursive: true });
    const built = await runScript("build", [], root);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr.trimEnd().split("\n")).toEqual([
      ".cache/weekly/issues.memo: warning: this build's cache could not be written (EISDIR), so the next build does all of its work again; if something stands at this path, move or remove it, or make the folder writable",
    ]);
    expect(built.stdout).toMatch(/; 1 warning\.$/m);
    expect(existsSync(join(root, ".cache/weekly/issues.memo/kept"))).toBe(true);
  });
});

describe("an interrupted build", () => {
  it("removes its scratch folder, says nothing was published, and exits 130", async () => {
    const { root, site } = await builtProject();
    // Enough issues that the build is still running when the signal comes.
    const corpus = await writeCorpus(join(root, ".corpus"), 600);
    const { command, args } = npmScriptCommand("build", [`--input=${corpus.product}`]);
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // The signal goes once the build has made its scratch folder, as Ctrl-C would mid-build.
    while ((await leftovers(root)).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    expect(stderr).toBe("Build interrupted (SIGINT). Nothing was published; _site/ is as it was.\n");
    expect(await leftovers(root)).toEqual([]);
    expect(await hashTree(join(root, "_site"))).toEqual(site);
    expect(existsSync(join(root, "._site-built"))).toBe(true);
  });
});
