import { describe, expect, it } from "vitest";
import { entryId, tagUri } from "../../../src/views/feeds/ids.ts";

describe("entry ids", () => {
  it("are RFC 4151 tag URIs of the authority, the language and the file name", () => {
    expect(entryId("zh-tw", "www-0x02")).toBe("tag:weekly.example.org,2020-01-01:zh-tw/issues/www-0x02");
  });

  it("percent-encode what RFC 4151's grammar does not allow", () => {
    expect(entryId("zh-tw", "軟體 #1")).toBe("tag:weekly.example.org,2020-01-01:zh-tw/issues/%E8%BB%9F%E9%AB%94%20%231");
  });

  it("differ between the languages of one issue", () => {
    expect(entryId("zh-tw", "www-0x02")).not.toBe(entryId("en", "www-0x02"));
  });

  it("refuse an authority that is not a domain and a date", () => {
    expect(() => tagUri("x", { domain: "https://weekly.example.org", since: "2020-01-01" })).toThrow(
      /site.tagUriAuthority.domain "https:\/\/weekly.example.org" is not a domain name/,
    );
    expect(() => tagUri("x", { domain: "weekly.example.org", since: "2020/01/01" })).toThrow(
      /site.tagUriAuthority.since "2020\/01\/01" is not a date/,
    );
  });
});
