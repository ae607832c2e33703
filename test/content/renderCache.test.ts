import { existsSync } from "node:fs";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import type { Issue } from "../../src/content/issue.ts";
import { digestOf, DiskMemo } from "../../src/cache/diskMemo.ts";
import { RENDERING_LAYERS, renderFingerprint } from "../../src/cache/fingerprint.ts";
import { projectRoot } from "../support/npmScript.ts";
import { RenderCache } from "../../src/content/renderCache.ts";
import { NO_IMAGES } from "../../src/content/images/types.ts";

const text = Buffer.from("---\ntitle: A\ndate: 2020-02-01\n---\n\n正文。\n");
const issue = {
  title: "A",
  date: new Date("2020-01-31T16:00:00Z"),
  tags: ["Rust"],
  draft: false,
  description: undefined,
  updated: undefined,
  lang: "zh-tw",
  aliases: [],
  feedId: undefined,
  cover: undefined,
  name: "a",
  file: "content/zh-tw/issues/a.md",
  path: "/zh-tw/issues/a/",
  body: "正文。\n",
  html: "<p>正文。</p>\n",
  excerpt: "正文。",
  readingMinutes: 1,
  hasVideo: false,
  linkHosts: [],
  images: NO_IMAGES,
} satisfies Issue;

const scratch = () => mkdtemp(join(tmpdir(), "weekly-cache-"));

describe("RenderCache", () => {
  it("returns a saved issue, body and date intact, for the same text only", async () => {
    const path = join(await scratch(), "issues.memo");
    const first = new RenderCache(new DiskMemo(path, "fp"));
    expect(first.get(issue.file, text, digestOf(text))).toBeUndefined();
    first.set(issue.file, text, digestOf(text), issue);
    first.save();
    const second = new RenderCache(new DiskMemo(path, "fp"));
    expect(second.get(issue.file, text, digestOf(text))).toEqual(issue);
    const rewritten = Buffer.from(text.toString().replace("正文", "改寫"));
    expect(second.get(issue.file, rewritten, digestOf(rewritten))).toBeUndefined();
    expect(second.get("content/zh-tw/issues/b.md", text, digestOf(text))).toBeUndefined();
  });

  it("does not keep an issue whose file is not valid UTF-8 (its body is not the end of the file)", async () => {
    const path = join(await scratch(), "issues.memo");
    const bytes = Buffer.concat([text, Buffer.from([0xff])]);
    const cache = new RenderCache(new DiskMemo(path, "fp"));
    cache.set(issue.file, bytes, digestOf(bytes), { ...issue, body: "正文。\n\uFFFD" });
    cache.save();
    expect(new RenderCache(new DiskMemo(path, "fp")).get(issue.file, bytes, digestOf(bytes))).toBeUndefined();
  });

  it("forgets everything when the fingerprint differs or the file is damaged", async () => {
    const path = join(await scratch(), "issues.memo");
    const cache = new RenderCache(new DiskMemo(path, "fp"));
    cache.set(issue.file, text, digestOf(text), issue);
    cache.save();
    expect(new RenderCache(new DiskMemo(path, "other")).get(issue.file, text, digestOf(text))).toBeUndefined();
    await writeFile(path, "not a cache");
    expect(new RenderCache(new DiskMemo(path, "fp")).get(issue.file, text, digestOf(text))).toBeUndefined();
  });

  it("renders afresh an issue whose cached HTML or data was changed on disk in place, never serving it", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    onTestFinished(() => {
      vi.restoreAllMocks();
    });
    for (const [from, to] of [["正文", "改寫"], ["Rust", "Rusk"]] as const) {
      const path = join(await scratch(), "issues.memo");
      const cache = new RenderCache(new DiskMemo(path, "fp"));
      cache.set(issue.file, text, digestOf(text), issue);
      cache.save();
      const bytes = await readFile(path);
      bytes.write(to, bytes.indexOf(from));
      await writeFile(path, bytes);
      expect(new RenderCache(new DiskMemo(path, "fp")).get(issue.file, text, digestOf(text)), from).toBeUndefined();
    }
  });

  it("keeps only the issues of the last build that saved", async () => {
    const path = join(await scratch(), "issues.memo");
    const first = new RenderCache(new DiskMemo(path, "fp"));
    first.set(issue.file, text, digestOf(text), issue);
    first.set("content/zh-tw/issues/b.md", text, digestOf(text), { ...issue, file: "content/zh-tw/issues/b.md" });
    first.save();
    const second = new RenderCache(new DiskMemo(path, "fp"));
    second.get(issue.file, text, digestOf(text));
    second.save();
    expect(new RenderCache(new DiskMemo(path, "fp")).get("content/zh-tw/issues/b.md", text, digestOf(text))).toBeUndefined();
    expect(new RenderCache(new DiskMemo(path, "fp")).get(issue.file, text, digestOf(text))).toEqual(issue);
  });
});

describe("renderFingerprint", () => {
  const options = { pathPrefix: "/", origin: "https://w.example" };

  async function project(): Promise<string> {
    const root = await scratch();
    for (const dir of ["src/core", "src/cache", "src/content/markdown", "src/views", "src/dev"]) await mkdir(join(root, dir), { recursive: true });
    await writeFile(join(root, "package-lock.json"), "{}");
    await writeFile(join(root, "src/core/site.ts"), "export const title = 1;");
    await writeFile(join(root, "src/cache/memoFile.ts"), "export const mark = 1;");
    await writeFile(join(root, "src/content/markdown/qa.ts"), "export const a = 1;");
    await writeFile(join(root, "src/views/frame.ts"), "export const frame = 1;");
    await writeFile(join(root, "src/dev/server.ts"), "export const port = 8080;");
    return root;
  }

  it("changes with the code of every rendering layer, the lockfile and the URL options", async () => {
    const root = await project();
    const base = renderFingerprint(options, root);
    expect(renderFingerprint(options, root)).toBe(base);
    expect(renderFingerprint({ ...options, pathPrefix: "/weekly/" }, root)).not.toBe(base);
    const seen = new Set([base]);
    for (const file of ["src/content/markdown/qa.ts", "src/core/site.ts", "src/cache/memoFile.ts"]) {
      await writeFile(join(root, file), "export const changed = 2;");
      const edited = renderFingerprint(options, root);
      expect(seen.has(edited), file).toBe(false);
      seen.add(edited);
    }
    await writeFile(join(root, "src/content/markdown/new.ts"), "export const added = 1;");
    expect(seen.has(renderFingerprint(options, root))).toBe(false);
    await writeFile(join(root, "package-lock.json"), '{"lockfileVersion":3}');
    expect(seen.has(renderFingerprint(options, root))).toBe(false);
  });

  it("stays when code above the content layer changes: page views, the dev server", async () => {
    const root = await project();
    const base = renderFingerprint(options, root);
    await writeFile(join(root, "src/dev/server.ts"), "export const port = 9090;");
    await writeFile(join(root, "src/views/frame.ts"), "export const frame = 2;");
    expect(renderFingerprint(options, root)).toBe(base);
  });

  it("fails loudly when a rendering layer is gone, rather than leaving its code out", async () => {
    const root = await project();
    await rm(join(root, "src/cache"), { recursive: true });
    expect(() => renderFingerprint(options, root)).toThrow(/src\/cache not found/);
  });

  it("covers the layers that exist in this project", () => {
    for (const folder of RENDERING_LAYERS) expect(existsSync(join(projectRoot, folder)), folder).toBe(true);
  });

  it("is absent, so nothing is cached, without a lockfile to name the packages", async () => {
    const project = await scratch();
    await mkdir(join(project, "src"), { recursive: true });
    expect(renderFingerprint({ pathPrefix: "/", origin: "https://w.example" }, project)).toBeUndefined();
  });
});
