import { readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Tests build sites in `weekly-*` scratch folders under the system temp dir and keep them
 * while the run lasts (a failing test can be inspected). Once the run ends, this run's folders go.
 */
export default function setup() {
  const started = Date.now();
  return async function teardown() {
    const root = tmpdir();
    for (const name of await readdir(root)) {
      if (!name.startsWith("weekly-")) continue;
      const path = join(root, name);
      const info = await stat(path).catch(() => undefined);
      if (info && info.birthtimeMs >= started) await rm(path, { recursive: true, force: true });
    }
  };
}
