import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { RenderedPage } from "../eleventy/builds.ts";

const sameContent = (a: string | Buffer | undefined, b: string | Buffer) =>
  typeof b === "string" ? a === b : Buffer.isBuffer(a) && a.equals(b);

/**
 * Writes rendered pages whose content changed since they were last written. An edit changes a
 * few pages of the two hundred a partial build renders (most tag pages and feeds come out the
 * same), and writing them all was the largest cost of a rebuild at 4,000 issues.
 */
export class ChangedPageWriter {
  // The text itself, not a hash: comparing strings is far cheaper than hashing 20 MB per
  // rebuild, and the whole site's pages fit in a dev server's memory.
  private readonly written = new Map<string, string | Buffer>();

  /** Pages Eleventy wrote itself (a whole build): remembered, not written again. */
  remember(pages: RenderedPage[]): void {
    for (const page of pages) {
      if (page.outputPath && page.content !== undefined) this.written.set(resolve(page.outputPath), page.content);
    }
  }

  forget(outputPath: string): void {
    this.written.delete(resolve(outputPath));
  }

  /** Returns the output paths it wrote. */
  async write(pages: RenderedPage[]): Promise<string[]> {
    const changed: string[] = [];
    for (const page of pages) {
      if (!page.outputPath || page.content === undefined) continue;
      const path = resolve(page.outputPath);
      if (sameContent(this.written.get(path), page.content)) continue;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, page.content);
      this.written.set(path, page.content);
      changed.push(path);
    }
    return changed;
  }
}
