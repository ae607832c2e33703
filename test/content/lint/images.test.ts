import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { imagesWithoutAlt, missingImages } from "../../../src/content/lint/images.ts";
import { displayPath } from "../../../src/core/paths.ts";
import { inline } from "./parse.ts";

describe("images without alt text", () => {
  it("warns of an empty or blank alt text, and accepts any text", () => {
    expect(imagesWithoutAlt(inline("![](a.png) ![  ](b.png)\n![圖](c.png) ![`x`](d.png)\n"))).toEqual([
      { line: 1, message: "image a.png has no alt text; say what it shows between the brackets: ![what it shows](a.png)" },
      { line: 1, message: "image b.png has no alt text; say what it shows between the brackets: ![what it shows](b.png)" },
    ]);
  });

  it("says so when the image is all its link holds, as that link then has no name of its own", () => {
    expect(imagesWithoutAlt(inline("text\n[![](badge.svg)](https://github.com/owner/tool)\n"))).toEqual([
      {
        line: 2,
        message:
          "image badge.svg has no alt text and is all its link to https://github.com/owner/tool holds, so the link has no name of its own (the page names it by its address); " +
          "write where it leads as the alt text: [![where it leads](badge.svg)](https://github.com/owner/tool)",
      },
    ]);
  });
});

describe("missing images", async () => {
  const root = await mkdtemp(join(tmpdir(), "images-"));
  const folders = { contentDir: join(root, "content"), assetsDir: join(root, "assets") };
  await mkdir(join(root, "content/zh-tw/issues/a"), { recursive: true });
  await mkdir(join(root, "assets"), { recursive: true });
  await writeFile(join(root, "content/zh-tw/issues/a/圖 1.png"), "");
  await writeFile(join(root, "assets/logo.svg"), "");
  const shown = (path: string) => displayPath(join(root, path));
  const missing = (markdown: string) => missingImages(inline(markdown), "/zh-tw/issues/a/", folders);

  it("finds the issue's images beside it, assets in assets/, and leaves other hosts alone", () => {
    const body = "![a](圖%201.png) ![b](<圖 1.png>) ![c](/zh-tw/issues/a/圖%201.png) ![d](/assets/logo.svg)\n" +
      "![e](https://weekly.example.org/assets/logo.svg) ![f](https://cdn.example/x.png)\n";
    expect(missing(body)).toEqual([]);
  });

  it("is an error naming the file that is not there", () => {
    expect(missing("x\n\n![圖](diagram.png)\n![logo](/assets/logo.png) ![dir](../a/)\n")).toEqual([
      { line: 3, message: `image diagram.png is not there: no file ${shown("content/zh-tw/issues/a/diagram.png")}; put the image there, or correct its path` },
      { line: 4, message: `image /assets/logo.png is not there: no file ${shown("assets/logo.png")}; put the image there, or correct its path` },
      { line: 4, message: `image ../a/ is not there: no file ${shown("content/zh-tw/issues/a")}; put the image there, or correct its path` },
    ]);
  });

  it("is an error for an image with no address", () => {
    expect(missing("![架構圖]()\n")).toEqual([
      { line: 1, message: `image "架構圖" has no address; write the image's path between the parentheses: ![…](diagram.png)` },
    ]);
  });
});
