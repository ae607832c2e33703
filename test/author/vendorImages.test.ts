import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localName, rewriteAddress } from "../../src/author/vendorNames.ts";
import { issue } from "../support/buildSite.ts";
import { png, startImageHost, type ImageHost } from "../support/imageHost.ts";
import { runScript, scratchProject } from "../support/scratchProject.ts";

describe("npm run vendor-images", () => {
  let host: ImageHost;
  beforeAll(async () => {
    host = await startImageHost();
  });
  afterAll(() => host.close());

  it("saves an issue's remote images in its folder and points the markdown at them, leaving what it cannot download", async () => {
    const root = await scratchProject();
    const file = join(root, "content/zh-tw/issues/www-0x18.md");
    const body = `第一段。\n\n![照片](${host.origin}/photo.png)\n\n![不見了](${host.origin}/gone.png)\n\n又一次 [![照片](${host.origin}/photo.png)](${host.origin}/photo.png)\n`;
    const front = issue({ title: "圖片", date: "2020-02-15T00:00:00+08:00", tags: "[Weekly]" }, body);
    await writeFile(file, front);
    // A different file already has the name: it stays, and the copy takes another.
    await mkdir(join(root, "content/zh-tw/issues/www-0x18"));
    const existing = await png(10, 10);
    await writeFile(join(root, "content/zh-tw/issues/www-0x18/photo.png"), existing);

    const result = await runScript("vendor-images", ["www-0x18"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`content/zh-tw/issues/www-0x18.md:11: warning: image ${host.origin}/gone.png was left remote: the server answered 404 Not Found`);
    expect(result.stdout).toBe("content/zh-tw/issues/www-0x18.md: 1 image saved in content/zh-tw/issues/www-0x18/\n");
    expect(await readFile(file, "utf8")).toBe(
      front
        .replace(`![照片](${host.origin}/photo.png)`, "![照片](photo-2.png)")
        .replace(`[![照片](${host.origin}/photo.png)](`, "[![照片](photo-2.png)]("),
    );
    expect((await readdir(join(root, "content/zh-tw/issues/www-0x18"))).sort()).toEqual(["photo-2.png", "photo.png"]);
    expect(await readFile(join(root, "content/zh-tw/issues/www-0x18/photo.png"))).toEqual(existing);

    const build = await runScript("build", ["--offline"], root);
    expect(build.code, build.stderr).toBe(0);
    expect(await readFile(join(root, "_site/zh-tw/issues/www-0x18/index.html"), "utf8")).toMatch(/<img src="\/img\/\S+-640\.png" alt="照片" width="640" height="360"/);
  });

  it("refuses an issue that does not exist, with exit 2", async () => {
    const root = await scratchProject();
    const result = await runScript("vendor-images", ["www-0xff"], root);
    expect(result).toMatchObject({ code: 2, stderr: "npm run vendor-images: no issue www-0xff in content/; name one like www-0x18 or en/www-0x18\n" });
  });
});

describe("the copy's name and the rewritten markdown", () => {
  it("takes the URL's last segment with the image's real extension, numbered past a different file", () => {
    const free = () => "free" as const;
    expect(localName("https://i.imgur.com/AbC123.jpeg?x=1", "jpg", free)).toBe("AbC123.jpg");
    expect(localName("https://example.com/圖片 1.png", "png", free)).toBe("圖片-1.png");
    expect(localName("https://example.com/", "gif", free)).toBe("image.gif");
    expect(localName("https://example.com/a.png", "png", (name) => (name === "a.png" ? "taken" : "free"))).toBe("a-2.png");
    expect(localName("https://example.com/a.png", "png", () => "same")).toBe("a.png");
  });

  it("rewrites images' addresses, not a link's, a reference definition or the URL in running text", () => {
    const url = "https://i.imgur.com/a.png";
    expect(rewriteAddress(`![a](${url}) ![b](<${url}> "t") [![c](${url})](${url})\n\n[r]: ${url}\n\n見 ${url}`, url, "a.png")).toBe(
      `![a](a.png) ![b](<a.png> "t") [![c](a.png)](${url})\n\n[r]: ${url}\n\n見 ${url}`,
    );
  });
});
