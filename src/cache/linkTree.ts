import { copyFile, link, mkdir, readdir } from "node:fs/promises";
import { join, relative } from "node:path";

/**
 * A folder's files under `to`, as hard links where the file system allows (no bytes copied: the
 * search index's ~2,000 files a language cost a warm build 0.75 s of system time as copies),
 * copies elsewhere, as the images are published (src/content/images/publish.ts).
 */
export async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const folders = new Set([to, ...entries.filter((e) => e.isDirectory()).map((e) => join(to, relative(from, join(e.parentPath, e.name))))]);
  for (const folder of folders) await mkdir(folder, { recursive: true });
  await Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const source = join(e.parentPath, e.name);
        const target = join(to, relative(from, source));
        try {
          await link(source, target);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== "EXDEV" && code !== "EPERM") throw error;
          await copyFile(source, target);
        }
      }),
  );
}
