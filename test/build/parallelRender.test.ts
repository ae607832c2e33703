import { describe, expect, it } from "vitest";
import { WORKERS_VARIABLE } from "../../src/content/render/renderThreads.ts";
import { buildSite, issue } from "../support/buildSite.ts";
import { hashTree } from "../support/tree.ts";

const withWorkers = (count: number) => ({ [WORKERS_VARIABLE]: String(count) });

/** An issue whose video shortcode is wrong on line 8 of its file, found while rendering. */
const BAD = issue({ title: "Bad video", date: "2020-02-01" }, "A paragraph.\n\n{% youtube %}\n");

describe("rendering in worker threads", () => {
  it("writes the same site, byte for byte, from the build's own thread, one worker and four", async () => {
    const built = (count: number) => buildSite({ env: withWorkers(count) });
    const [own, one, four] = await Promise.all([built(0), built(1), built(4)]);
    for (const site of [own, one, four]) expect(site.ok, site.stderr).toBe(true);
    const expected = await hashTree(own.output);
    expect(Object.keys(expected).length).toBeGreaterThan(40);
    expect(await hashTree(one.output)).toEqual(expected);
    expect(await hashTree(four.output)).toEqual(expected);
  });

  it("fails the build on a bad issue rendered in a worker with its file and line, as the build's own thread does", async () => {
    const built = (count: number) => buildSite({ env: withWorkers(count), files: { "zh-tw/issues/bad.md": BAD } });
    const [own, four] = await Promise.all([built(0), built(4)]);
    expect(four.ok).toBe(false);
    expect(four.stderr).toMatch(/content\/zh-tw\/issues\/bad\.md:8: youtube takes a quoted video id/);
    expect(four.stderr).toBe(own.stderr.replaceAll(own.root, four.root));
  });

  // The CLI sets the exit code and returns: a worker left running would keep its process alive.
  it("ends its process on its own once the site is written", async () => {
    const site = await buildSite({ env: withWorkers(2) });
    expect(site.ok, site.stderr).toBe(true);
    expect(site.stdout).toMatch(/Wrote \d+ files/);
  });
});
