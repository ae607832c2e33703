import { describe, expect, it } from "vitest";
import { linkHosts } from "../../src/content/linkHosts.ts";

describe("the hosts an issue links to", () => {
  it("are lower-case, once each, without www., port, path or query", () => {
    const html = '<a href="https://www.example.com/a">a</a> <a href="http://Example.com:8080/b">b</a> <a href="https://blog.rust-lang.org?x">c</a>';
    expect(linkHosts(html)).toEqual(["example.com", "blog.rust-lang.org"]);
  });

  it("leave out site paths, anchors, other schemes and URLs that are not links", () => {
    // Rendered text writes a quote as &quot;, so href=" only ever starts an attribute.
    expect(linkHosts('<a href="/zh-tw/">home</a> <a href="#x">x</a> <a href="mailto:a@b.c">m</a> <code>https://code.example</code>')).toEqual([]);
  });
});
