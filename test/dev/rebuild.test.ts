import { execFile } from "node:child_process";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../support/buildSite.ts";

const run = promisify(execFile);

describe("the dev server's rebuild after an issue edit", () => {
  it("writes the edited issue's page first, then the other issue pages it alters, then the listings", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-dev-rebuild-"));
    const content = join(root, "content");
    await cp(join(projectRoot, "test/fixtures/site/content"), content, { recursive: true });
    const { stdout } = await run(
      join(projectRoot, "node_modules/.bin/tsx"),
      ["test/support/devRebuild.ts", content, join(root, "site"), "zh-tw/issues/www-0x02.md"],
      { cwd: projectRoot },
    );
    const written = JSON.parse(stdout.trim().split("\n").at(-1) as string) as string[];
    expect(written[0]).toBe("zh-tw/issues/www-0x02/index.html");
    // Its neighbours show its title in their previous and next links, the home page on its card.
    for (const page of ["zh-tw/issues/www-0x01/index.html", "zh-tw/issues/www-0x03/index.html", "zh-tw/index.html"]) {
      expect(written).toContain(page);
    }
    const isIssuePage = (path: string) => /^[^/]+\/issues\/[^/]+\/index\.html$/.test(path);
    const firstListing = written.findIndex((path) => !isIssuePage(path));
    expect(written.slice(firstListing).filter(isIssuePage)).toEqual([]);
  });
});
