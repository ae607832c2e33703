import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { contentChange, noChanges, siteChange } from "../../src/dev/changes.ts";

const CONTENT = "/site/content";
const afterContent = (path: string, folder = false) => {
  const changes = noChanges();
  contentChange(changes, CONTENT, path, folder);
  return { issues: [...changes.issues], everything: changes.everything };
};

describe("a change under content/", () => {
  it("to an issue file asks for that issue, by its absolute path", () => {
    expect(afterContent("zh-tw/issues/www-0x01.md")).toEqual({ issues: [resolve(CONTENT, "zh-tw/issues/www-0x01.md")], everything: false });
  });

  it("to a file in an issue's own folder (an image) asks for that issue", () => {
    expect(afterContent("zh-tw/issues/www-0x18/arch.png")).toEqual({ issues: [resolve(CONTENT, "zh-tw/issues/www-0x18.md")], everything: false });
    expect(afterContent("zh-tw/issues/www-0x18/.arch.png.swp")).toEqual({ issues: [], everything: false });
  });

  it("to an editor's swap or backup file asks for nothing", () => {
    for (const path of ["zh-tw/issues/.www-0x01.md.swp", "zh-tw/issues/www-0x01.md~", "zh-tw/issues/4913", "zh-tw/issues/.hidden.md"]) {
      expect(afterContent(path), path).toEqual({ issues: [], everything: false });
    }
  });

  it("to another page or template, or to a folder, asks for everything", () => {
    for (const path of ["zh-tw/about.md", "zh-tw/issues/old/www-0x01.md", "index.njk"]) {
      expect(afterContent(path), path).toEqual({ issues: [], everything: true });
    }
    expect(afterContent("fr", true)).toEqual({ issues: [], everything: true });
  });

  it("to a file that is neither markdown nor a template asks for nothing", () => {
    expect(afterContent("zh-tw/issues/notes.txt")).toEqual({ issues: [], everything: false });
  });

  it("adds to what earlier changes asked for", () => {
    const changes = noChanges();
    contentChange(changes, CONTENT, "zh-tw/issues/a.md", false);
    contentChange(changes, CONTENT, "en/issues/a.md", false);
    expect([...changes.issues]).toEqual([resolve(CONTENT, "zh-tw/issues/a.md"), resolve(CONTENT, "en/issues/a.md")]);
  });
});

describe("a change under layouts/ or assets/", () => {
  const afterSite = (path: string) => {
    const changes = noChanges();
    siteChange(changes, path);
    return changes.everything;
  };

  it("asks for everything", () => {
    expect(afterSite("partials/card.njk")).toBe(true);
    expect(afterSite("site.css")).toBe(true);
  });

  it("to an editor's swap, backup or test file asks for nothing", () => {
    for (const path of ["partials/.card.njk.swp", "partials/card.njk~", "partials/4913"]) expect(afterSite(path), path).toBe(false);
  });
});

describe("noChanges", () => {
  it("is a fresh record each time, so one edit's changes never leak into the next", () => {
    const first = noChanges();
    first.issues.add("/x.md");
    expect(noChanges().issues.size).toBe(0);
  });
});
