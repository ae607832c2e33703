import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/errors.ts";
import { absoluteIn, createBuildModel, hrefIn } from "../../src/model/buildModel.ts";
import { LATER, makeIssue, makeModel } from "../support/issues.ts";

const now = new Date("2020-02-01T12:00:00+08:00");
const published = makeIssue({ name: "published", date: "2020-02-01T00:00:00+08:00", tags: ["Rust"] });
const draft = makeIssue({ name: "draft", date: "2020-01-25T00:00:00+08:00", draft: true, tags: ["Draft only"] });
const future = makeIssue({ name: "future", date: "2020-02-08T00:00:00+08:00", tags: ["Rust"] });
const issues = [published, draft, future];

describe("createBuildModel", () => {
  it("leaves drafts and issues after its clock out of a production build, with their tags", async () => {
    const model = await makeModel(issues, { mode: "production", now });
    expect(model.catalog.issues).toEqual([published]);
    expect(model.tags.get("zh-tw", "rust")?.issues).toEqual([published]);
    expect(model.tags.get("zh-tw", "draft-only")).toBeUndefined();
    expect(model.now).toBe(now);
  });

  it("keeps every issue in a development build", async () => {
    const model = await makeModel(issues, { mode: "development", now });
    expect(model.catalog.byLang["zh-tw"]).toEqual([future, published, draft]);
    expect(model.feeds.refs.map((ref) => ref.path)).toContain("/zh-tw/tags/draft-only/feed.xml");
  });

  it("renders the body of every issue a feed carries, links made absolute under the path prefix", async () => {
    const linking = makeIssue({ name: "linking", body: "See [home](/zh-tw/) and [the first](../www-0x01/).\n" });
    const model = await makeModel([linking, makeIssue({ lang: "en" })], { pathPrefix: "/weekly/" });
    expect([...model.feedBodies.keys()]).toEqual([...model.feeds.carried()]);
    expect(model.feedBodies.get(linking)).toBe(
      '<p>See <a href="https://weekly.example.org/weekly/zh-tw/">home</a> and ' +
        '<a href="https://weekly.example.org/weekly/zh-tw/issues/www-0x01/">the first</a>.</p>\n',
    );
  });

  it("keeps the feed bodies' disk cache beside the content folder", async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-model-"));
    const options = { origin: "https://weekly.example.org", pathPrefix: "/", mode: "production", now: LATER } as const;
    await createBuildModel([makeIssue()], { ...options, contentDir: join(root, "content") });
    expect(existsSync(join(root, ".cache/weekly/feeds.memo"))).toBe(true);
  });

  it("refuses two different tags that would share a URL", async () => {
    const clash = [makeIssue({ name: "a", tags: ["C++"] }), makeIssue({ name: "b", tags: ["c plus plus"] })];
    await expect(makeModel(clash)).rejects.toThrow(ContentError);
  });
});

describe("a site under a path prefix", () => {
  const weekly = { origin: "https://weekly.example.org", pathPrefix: "/weekly/" };

  it("links a path with the prefix, each segment percent-encoded", () => {
    expect(hrefIn(weekly, "/zh-tw/tags/軟體工程/")).toBe("/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/");
    expect(hrefIn({ ...weekly, pathPrefix: "/" }, "/en/")).toBe("/en/");
  });

  it("gives the absolute URL of a path at the site's origin", () => {
    expect(absoluteIn(weekly, "/zh-tw/tags/軟體工程/")).toBe(
      "https://weekly.example.org/weekly/zh-tw/tags/%E8%BB%9F%E9%AB%94%E5%B7%A5%E7%A8%8B/",
    );
    expect(absoluteIn({ ...weekly, pathPrefix: "/" }, "/")).toBe("https://weekly.example.org/");
  });
});
