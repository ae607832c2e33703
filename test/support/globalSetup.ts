import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Tests build sites in scratch folders under the system temp dir and keep them while the run
 * lasts (a failing test can be inspected). Each run gets a temp dir of its own, handed to the
 * test workers and every build they start through TMPDIR, so two runs on one machine never
 * delete each other's folders; once the run ends, its folder goes.
 */
export default function setup() {
  const own = mkdtempSync(join(tmpdir(), "weekly-run-"));
  process.env.TMPDIR = own;
  return async function teardown() {
    await rm(own, { recursive: true, force: true });
  };
}
