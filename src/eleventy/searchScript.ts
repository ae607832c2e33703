import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { digestOf } from "../cache/diskMemo.ts";
import { removeAbandonedScratch, scratchPath } from "../cache/scratchFiles.ts";
import { PROJECT } from "../core/modules.ts";
import { processCache } from "../core/processCache.ts";
import { assetPath } from "../core/paths.ts";

/** The search page's script: it imports MiniSearch and the build's own term rules (src/views/search/). */
const ENTRY = join(PROJECT, "assets/search/search.js");

/** A bundle kept with the files it was made from, each with its digest. */
interface KeptBundle {
  inputs: Record<string, string>;
  code: string;
}

const digestsOf = async (files: string[]) => Object.fromEntries(await Promise.all(files.map(async (file) => [file, digestOf(await readFile(resolve(PROJECT, file)))])));

/** The kept bundle if none of its files changed since. */
async function keptBundle(kept: string): Promise<string | undefined> {
  const bundle = JSON.parse(await readFile(kept, "utf8").catch(() => "null")) as KeptBundle | null;
  if (!bundle) return undefined;
  const now = await digestsOf(Object.keys(bundle.inputs)).catch(() => undefined);
  return now && Object.entries(bundle.inputs).every(([file, digest]) => now[file] === digest) ? bundle.code : undefined;
}

/**
 * esbuild's work, after which its service process is stopped once no other bundle is being made
 * in this process (the dev server's renders may overlap): left running, it outlived the build.
 */
async function bundled<T>(make: (esbuild: typeof import("esbuild")) => Promise<T>): Promise<T> {
  // Loaded only to bundle (~40 ms of start-up): a build with the kept script never needs it.
  const esbuild = await import("esbuild");
  const making = processCache("search script: bundles being made", () => ({ count: 0 }));
  making.count++;
  try {
    return await make(esbuild);
  } finally {
    if (--making.count === 0) await esbuild.stop();
  }
}

/**
 * The script, one minified ES module (esbuild, ~30–60 ms): the index and the query share one
 * term rule, so a page finds what the build indexed. Kept in `.cache/weekly/search/script.json`
 * with the digest of every file in it (the lockfile's packages included), and made again when
 * one changes.
 */
async function searchScript(cacheDir: string): Promise<string> {
  const kept = join(cacheDir, "search", "script.json");
  removeAbandonedScratch(kept);
  const cached = await keptBundle(kept);
  if (cached !== undefined) return cached;
  const result = await bundled(({ build }) => build({ entryPoints: [ENTRY], absWorkingDir: PROJECT, bundle: true, format: "esm", minify: true, target: "es2022", charset: "utf8", write: false, metafile: true, logLevel: "silent" }));
  const code = result.outputFiles[0]!.text;
  const bundle: KeptBundle = { inputs: await digestsOf(Object.keys(result.metafile.inputs)), code };
  await mkdir(join(cacheDir, "search"), { recursive: true });
  await writeFile(scratchPath(kept), JSON.stringify(bundle));
  await rename(scratchPath(kept), kept);
  return code;
}

/** `/assets/search.js`, written as a page of every build (the source is not in the copied assets). */
export function addSearchScript(eleventyConfig: UserConfig, cacheDir: string): void {
  eleventyConfig.addTemplate("pages/search-script.11ty.js", () => searchScript(cacheDir), {
    permalink: assetPath("search.js"),
    layout: false,
    eleventyExcludeFromCollections: true,
  });
}
