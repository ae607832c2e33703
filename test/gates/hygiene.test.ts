import { mkdir, mkdtemp, realpath, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../support/buildSite.ts";
import { hygieneProblems } from "../support/hygiene.ts";
import { buildSampleSite, listFiles, type SampleSite } from "../support/sampleSite.ts";

describe("output hygiene gate", () => {
  let site: SampleSite;
  beforeAll(async () => {
    site = await buildSampleSite();
  });

  it("publishes no machine path, dotfile, source map or markdown source", async () => {
    // The project folder and the scratch folder the site was built in, as given and resolved.
    const machinePaths = [...new Set([projectRoot, site.root, await realpath(projectRoot), await realpath(site.root)])];
    expect(site.files.length).toBeGreaterThan(0);
    expect(await hygieneProblems(site.output, site.files, machinePaths)).toEqual([]);
  });

  it("catches each of them in a folder that has them", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-hygiene-"));
    const write = async (file: string, text: string) => {
      await mkdir(join(root, file, ".."), { recursive: true });
      await writeFile(join(root, file), text);
    };
    await write("index.html", `<p>built in ${projectRoot}/content</p>`);
    await write(".DS_Store", "");
    await write("assets/site.js", "//# sourceMappingURL=site.js.map");
    await write("assets/site.js.map", "{}");
    await write("zh-tw/issues/www-0x01.md", "# draft");
    expect(await hygieneProblems(root, await listFiles(root), [projectRoot])).toEqual([
      ".DS_Store: a dotfile is published",
      "assets/site.js: points to a source map",
      "assets/site.js.map: a source map is published",
      `index.html: contains the build machine's path ${projectRoot}`,
      "zh-tw/issues/www-0x01.md: a markdown source is published",
    ]);
  });
});
