import { execFile, spawn } from "node:child_process";
import { readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { renderFingerprint } from "../../src/cache/fingerprint.ts";
import { buildSite, projectRoot } from "../support/buildSite.ts";
import { npmScriptCommand } from "../support/npmScript.ts";
import { runScript, scratchProject } from "../support/scratchProject.ts";
import { hashTree } from "../support/tree.ts";

const run = promisify(execFile);

/** The processes of a process group, zombies included (Linux's /proc; the fifth field of `stat` is the group). */
function processesInGroup(group: number): string[] {
  const found: string[] = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    } catch {
      continue; // it ended while the list was read
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === group) found.push(stat.slice(0, stat.lastIndexOf(")") + 1));
  }
  return found;
}

/** The compiled copies of a project, by folder name; scratch folders included. */
const copies = (root: string) => readdir(join(root, ".cache/compiled")).then((names) => names.sort());

/** The copy a build last started from: each start marks its copy's time. */
async function newestCopy(root: string): Promise<string> {
  const names = (await copies(root)).filter((name) => !name.startsWith("."));
  const times = await Promise.all(names.map(async (name) => (await stat(join(root, ".cache/compiled", name))).mtimeMs));
  return names[times.indexOf(Math.max(...times))] ?? "";
}

describe("npm run build from the compiled copy", () => {
  it("writes the same bytes as the same build through tsx", async () => {
    const compiled = await buildSite();
    expect(compiled.ok, compiled.stderr).toBe(true);
    const throughTsx = join(compiled.root, "tsx-site");
    await run(process.execPath, ["--import", "tsx", "src/build/cli.ts", `--input=${join(compiled.root, "content")}`, `--output=${throughTsx}`], { cwd: projectRoot });
    const reference = await hashTree(compiled.output);
    expect(Object.keys(reference).length).toBeGreaterThan(20);
    expect(await hashTree(throughTsx)).toEqual(reference);
  });

  it("keeps one search index for builds through tsx and from the copy: each reads the other's", async () => {
    const compiled = await buildSite();
    expect(compiled.ok, compiled.stderr).toBe(true);
    const kept = () => readdir(join(compiled.root, ".cache/weekly/search")).then((names) => names.filter((name) => name.endsWith(".json") && name !== "script.json").sort());
    const before = await kept();
    expect(before).toHaveLength(2);
    await run(process.execPath, ["--import", "tsx", "src/build/cli.ts", `--input=${join(compiled.root, "content")}`, `--output=${join(compiled.root, "tsx-site")}`], { cwd: projectRoot });
    expect(await kept()).toEqual(before);
  });

  it("hashes the TypeScript sources for the render cache, as a build through tsx does", async () => {
    // Any start makes or marks the copy of the current sources, a mistaken flag too.
    expect((await runScript("build", ["--no-such-flag"], projectRoot)).code).toBe(2);
    const copy = await newestCopy(projectRoot);
    const options = { pathPrefix: "/weekly/", origin: "https://weekly.example.org" };
    const compiledModule = pathToFileURL(join(projectRoot, ".cache/compiled", copy, "src/cache/fingerprint.js")).href;
    const script = `const { renderFingerprint } = await import(${JSON.stringify(compiledModule)}); console.log(renderFingerprint(${JSON.stringify(options)}));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: projectRoot });
    expect(stdout.trim()).toBe(renderFingerprint(options));
  });
});

describe("the compiled copy", () => {
  it("is reused while no source changes, even in time, and made again, with the edit, when one does", async () => {
    const root = await scratchProject();
    const first = await runScript("build", [], root);
    expect(first.code, first.stderr).toBe(0);
    const [copy] = await copies(root);
    const compiledCli = join(root, ".cache/compiled", copy ?? "", "src/build/cli.js");
    const made = (await stat(compiledCli)).mtimeMs;

    // A file given a new time but the same bytes, as in a fresh clone with a kept .cache/.
    await utimes(join(root, "src/core/site.ts"), new Date(), new Date());
    expect((await runScript("build", [], root)).code).toBe(0);
    expect(await copies(root)).toEqual([copy]);
    expect((await stat(compiledCli)).mtimeMs).toBe(made);

    const strings = join(root, "src/core/strings.ts");
    const source = await readFile(strings, "utf8");
    expect(source).toContain('"nav.archive": "Archive"');
    await writeFile(strings, source.replace('"nav.archive": "Archive"', '"nav.archive": "Back issues"'));
    await writeFile(join(root, "src/core/data.json"), '{ "kept": true }\n');
    const edited = await runScript("build", [], root);
    expect(edited.code, edited.stderr).toBe(0);
    expect(await readFile(join(root, "_site/en/index.html"), "utf8")).toContain("Back issues");
    expect(await copies(root)).toHaveLength(2);
    // What a module resolves beside itself is in the copy too: a worker's .mjs, a data file.
    const newCopy = join(root, ".cache/compiled", await newestCopy(root));
    expect(await readFile(join(newCopy, "src/core/data.json"), "utf8")).toBe('{ "kept": true }\n');
    expect(await readFile(join(newCopy, "src/views/share/drawCards.mjs"), "utf8")).toContain("parentPort.postMessage");
  });

  it("leaves no process behind, whether esbuild compiled the copy, bundled the search script, or both", async () => {
    const root = await scratchProject();
    const { command, args } = npmScriptCommand("build");
    /** The build in a process group of its own, so whatever it starts is found by the group's number. */
    const leftBehind = async () => {
      const build = spawn(command, args, { cwd: root, detached: true, stdio: "ignore" });
      const code = await new Promise<number | null>((resolve) => build.on("exit", resolve));
      expect(code).toBe(0);
      return processesInGroup(build.pid!);
    };
    expect(await leftBehind()).toEqual([]);
    const script = join(root, ".cache/weekly/search/script.json");
    const bundledAt = (await stat(script)).mtimeMs;
    // A change outside search's code: the copy is compiled again, the kept script reused.
    await writeFile(join(root, "src/build/pathPrefix.ts"), `${await readFile(join(root, "src/build/pathPrefix.ts"), "utf8")}// edited\n`);
    expect(await leftBehind()).toEqual([]);
    expect((await stat(script)).mtimeMs).toBe(bundledAt);
    expect(await copies(root)).toHaveLength(2);
  });

  it("is made whole once when two builds start together", async () => {
    const root = await scratchProject();
    const builds = await Promise.all([runScript("build", ["--output=one"], root), runScript("build", ["--output=two"], root)]);
    for (const build of builds) expect(build.code, build.stderr).toBe(0);
    expect(await copies(root)).toHaveLength(1);
    expect(await hashTree(join(root, "two"))).toEqual(await hashTree(join(root, "one")));
  });

  it("is not made from code with a syntax error, which is told with its file and line", async () => {
    const root = await scratchProject();
    const file = join(root, "src/build/pathPrefix.ts");
    const source = await readFile(file, "utf8");
    const line = source.split("\n").length;
    await writeFile(file, `${source}const = 1;\n`);
    const result = await runScript("build", [], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`src/build/pathPrefix.ts:${line}:7: Expected identifier but found "="`);
    expect(result.stderr).toContain("Nothing was published");
    expect(await copies(root)).toEqual([]);
  });

  it("names the TypeScript file and line in a stack trace", async () => {
    const root = await scratchProject();
    const file = join(root, "src/build/pathPrefix.ts");
    const source = await readFile(file, "utf8");
    const line = source.split("\n").length;
    await writeFile(file, `${source}throw new Error("thrown while loading");\n`);
    const result = await runScript("build", [], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("thrown while loading");
    expect(result.stderr).toContain(`${file}:${line}:7`);
  });
});
