import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputMap, removeOrphans, removeOutputs } from "../../src/dev/outputs.ts";

describe("the output map", () => {
  const page = (inputPath: string, outputPath: string | false) => ({ inputPath: `/site/${inputPath}`, outputPath: outputPath && `/out/${outputPath}` });

  it("gives back the files an input no longer writes", () => {
    const map = new OutputMap();
    expect(map.update(["/site/tags.njk"], [page("tags.njk", "tags/rust/index.html"), page("tags.njk", "tags/go/index.html")])).toEqual([]);
    expect(map.update(["/site/tags.njk"], [page("tags.njk", "tags/rust/index.html")])).toEqual(["/out/tags/go/index.html"]);
  });

  it("forgets an input that was built and wrote nothing, giving back all it wrote", () => {
    const map = new OutputMap();
    map.update([], [page("a.njk", "a/index.html"), page("b.njk", "b/index.html"), page("b.njk", false)]);
    expect(map.inputs()).toEqual(["/site/a.njk", "/site/b.njk"]);
    expect(map.update(["/site/a.njk"], [])).toEqual(["/out/a/index.html"]);
    expect(map.inputs()).toEqual(["/site/b.njk"]);
  });

  it("takes the inputs built as relative or absolute paths alike", () => {
    const map = new OutputMap();
    map.update([], [{ inputPath: "layouts/tags.njk", outputPath: "_site/tags/go/index.html" }]);
    expect(map.update(["layouts/tags.njk"], [])).toEqual([resolve("_site/tags/go/index.html")]);
    expect(map.inputs()).toEqual([]);
  });

  it("keeps what an input not built this time wrote", () => {
    const map = new OutputMap();
    map.update([], [page("a.njk", "a/index.html"), page("b.njk", "b/index.html")]);
    expect(map.update(["/site/b.njk"], [page("b.njk", "b/index.html")])).toEqual([]);
    expect(map.update(["/site/a.njk"], [])).toEqual(["/out/a/index.html"]);
  });
});

/** A scratch output folder inside a parent folder, with the given files written. */
async function site(files: string[]): Promise<{ parent: string; root: string; paths: string[] }> {
  const parent = await mkdtemp(join(tmpdir(), "weekly-outputs-"));
  const root = join(parent, "_site");
  const paths = files.map((file) => join(root, file));
  for (const path of paths) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, "x");
  }
  return { parent, root, paths };
}

describe("removeOutputs", () => {
  it("deletes the files and the folders they leave empty, and no folder still in use", async () => {
    const { root, paths } = await site(["zh-tw/issues/a/index.html", "zh-tw/index.html"]);
    await removeOutputs(root, paths.slice(0, 1));
    expect(existsSync(paths[0] as string)).toBe(false);
    expect(existsSync(join(root, "zh-tw/issues"))).toBe(false);
    expect(await readdir(join(root, "zh-tw"))).toEqual(["index.html"]);
  });

  it("never deletes the root or anything above it, even when all is gone", async () => {
    const { parent, root, paths } = await site(["zh-tw/issues/a/index.html"]);
    await removeOutputs(`${root}/`, paths);
    expect(await readdir(root)).toEqual([]);
    expect(await readdir(parent)).toEqual(["_site"]);
  });
});

describe("removeOrphans", () => {
  it("deletes every file under the root a whole build did not write, and gives them back", async () => {
    const { root, paths } = await site(["en/index.html", "en/issues/gone/index.html", "assets/site.css"]);
    const [kept, gone, asset] = paths as [string, string, string];
    expect(await removeOrphans(root, new Set([kept, asset]))).toEqual([gone]);
    expect(existsSync(gone)).toBe(false);
    expect(existsSync(join(root, "en/issues"))).toBe(false);
    expect(existsSync(kept) && existsSync(asset)).toBe(true);
  });
});
