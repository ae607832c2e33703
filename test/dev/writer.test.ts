import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChangedPageWriter } from "../../src/dev/writer.ts";

describe("the dev server's page writer", () => {
  it("writes only pages whose text or bytes changed", async () => {
    const site = await mkdtemp(join(tmpdir(), "weekly-writer-"));
    const page = (name: string, content: string | Buffer) => ({ inputPath: "x", outputPath: join(site, name), content });
    const writer = new ChangedPageWriter();
    writer.remember([page("a/index.html", "<p>甲</p>"), page("feed.xml", Buffer.from("<feed>乙</feed>"))]);

    // Feeds come as bytes: equal bytes in a new Buffer are the same page.
    const unchanged = [page("a/index.html", "<p>甲</p>"), page("feed.xml", Buffer.from("<feed>乙</feed>"))];
    expect(await writer.write([...unchanged, page("b/index.html", "<p>新</p>")])).toEqual([join(site, "b/index.html")]);

    expect(await writer.write([page("feed.xml", Buffer.from("<feed>丙</feed>")), page("a/index.html", "<p>甲</p>")])).toEqual([join(site, "feed.xml")]);
    expect(await readFile(join(site, "feed.xml"), "utf8")).toBe("<feed>丙</feed>");
    expect(await writer.write([page("feed.xml", Buffer.from("<feed>丙</feed>"))])).toEqual([]);
  });
});
