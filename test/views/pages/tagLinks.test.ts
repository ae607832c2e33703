import { describe, expect, it } from "vitest";
import { tagLinks } from "../../../src/views/pages/tagLinks.ts";
import { makeIssue, makeModel } from "../../support/issues.ts";

describe("an issue's tag links", () => {
  it("link each tag once, as the issue spells it, to its page in the issue's language", async () => {
    const issue = makeIssue({ lang: "en", tags: ["ＲＵＳＴ", "rust", "C#", "軟體 工程"] });
    const model = await makeModel([issue, makeIssue({ lang: "en", name: "other", tags: ["Rust"] })], { pathPrefix: "/weekly/" });
    expect(tagLinks(model, issue)).toEqual([
      { label: "ＲＵＳＴ", href: "/weekly/en/tags/rust/" },
      { label: "C#", href: "/weekly/en/tags/c-sharp/" },
      { label: "軟體 工程", href: "/weekly/en/tags/%E8%BB%9F%E9%AB%94-%E5%B7%A5%E7%A8%8B/" },
    ]);
  });

  it("are none for an issue without tags", async () => {
    const issue = makeIssue();
    expect(tagLinks(await makeModel([issue]), issue)).toEqual([]);
  });
});
