import { copyFile, link, mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Issue } from "../issue.ts";
import { IMAGE_URL_PATH } from "./published.ts";

/**
 * Puts the processed images of these issues into the output's `/img/` (the build's scratch
 * folder, swapped in whole by src/build/publish.ts): hard links to the cache where the file
 * system allows (a warm build copies no bytes), copies elsewhere. Names are content hashes, so
 * a file already there is the same file; returns how many were written.
 */
export async function publishImages(issues: Iterable<Issue>, cacheDir: string, outputDir: string): Promise<number> {
  const names = new Set<string>();
  for (const issue of issues) for (const name of issue.images.files) names.add(name);
  if (names.size === 0) return 0;
  const folder = join(outputDir, IMAGE_URL_PATH);
  await mkdir(folder, { recursive: true });
  let written = 0;
  await Promise.all(
    [...names].map(async (name) => {
      const from = join(cacheDir, "images", name);
      const to = join(folder, name);
      try {
        await link(from, to);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === "EEXIST") return;
        if (code !== "EXDEV" && code !== "EPERM") throw error;
        await copyFile(from, to);
      }
      written++;
    }),
  );
  return written;
}
