import { describe, expect, it } from "vitest";
import { emptyLinks, linksIn, repeatedLinks } from "../../../src/content/lint/links.ts";
import { inline } from "./parse.ts";

const links = (markdown: string) => linksIn(inline(markdown));

describe("the links of a body", () => {
  it("are every link with its address, text and line, bare URLs included", () => {
    expect(links("See [the `docs`](https://a.example/docs) and\nhttps://b.example/.\n")).toEqual([
      { href: "https://a.example/docs", text: "the docs", line: 1 },
      { href: "https://b.example/", text: "https://b.example/", line: 2 },
    ]);
  });
});

describe("empty links", () => {
  it("warns of a link with no address, naming its text", () => {
    expect(emptyLinks(links("a\n\n[官方文件]() and [ok](https://a.example/)\n"))).toEqual([
      { line: 3, message: 'link "官方文件" has no address; write it between the parentheses: [官方文件](https://…), or remove the brackets' },
    ]);
  });
});

describe("repeated links", () => {
  it("warns of each address linked again, naming the line of the first", () => {
    const body = "## [Talk](https://v.example/watch?v=1)\n\ntext\n\n[again](https://v.example/watch?v=1) [and again](https://v.example/watch?v=1)\n";
    expect(repeatedLinks(links(body))).toEqual([
      { line: 5, message: "https://v.example/watch?v=1 is linked a second time (first on line 1); link each address once" },
      { line: 5, message: "https://v.example/watch?v=1 is linked a second time (first on line 1); link each address once" },
    ]);
  });

  it("leaves alone another fragment of one page, links within the page, and empty links", () => {
    expect(repeatedLinks(links("[a](https://a.example/) [b](https://a.example/#why) [c](#top) [d](#top) [e]() [f]()\n"))).toEqual([]);
  });

  it("shows an encoded address as written", () => {
    expect(repeatedLinks(links("[a](/zh-tw/tags/軟體工程/) [b](/zh-tw/tags/軟體工程/)\n"))[0]?.message).toMatch(/^\/zh-tw\/tags\/軟體工程\/ is linked/);
  });
});
