import { mkdir, mkdtemp, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { listIssues } from "../../src/content/listing.ts";
import { displayPath } from "../../src/core/paths.ts";

/** A content folder holding `paths` (each an empty file), and its path as messages show it. */
async function contentWith(paths: string[]): Promise<{ dir: string; shown: (path: string) => string }> {
  const dir = join(await mkdtemp(join(tmpdir(), "weekly-listing-")), "content");
  for (const path of paths) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), "");
  }
  return { dir, shown: (path) => displayPath(join(dir, path)) };
}

describe("listIssues", () => {
  it("lists each language's issues, main edition first, by file name", async () => {
    const { dir, shown } = await contentWith(["en/issues/b.md", "zh-tw/issues/b.md", "zh-tw/issues/a-b.md", "zh-tw/issues/a.md"]);
    const listing = listIssues(dir);
    expect(listing.sources).toEqual([
      { file: shown("zh-tw/issues/a-b.md"), lang: "zh-tw", name: "a-b" },
      { file: shown("zh-tw/issues/a.md"), lang: "zh-tw", name: "a" },
      { file: shown("zh-tw/issues/b.md"), lang: "zh-tw", name: "b" },
      { file: shown("en/issues/b.md"), lang: "en", name: "b" },
    ]);
    expect(listing.problems).toEqual([]);
    expect(listing.unpublished).toEqual([]);
  });

  it("names every markdown file it will not publish, and where an issue of that name belongs", async () => {
    const { dir, shown } = await contentWith([
      "zh-tw/issues/x.MD",
      "zh-tw/issues/2020/y.md",
      "zh-TW/issues/z.md",
      "zh/issues/w.md",
      "en-US/issues/v.md",
      "zh-tw/u.md",
      "en/Issues/t.md",
      "s.md",
    ]);
    const warnings = Object.fromEntries(listIssues(dir).unpublished.map((p) => [p.file, p.message]));
    expect(warnings).toEqual({
      [shown("en-US/issues/v.md")]: `not published: "en-US" is not a language folder (the languages are zh-tw and en); an issue belongs at ${shown("en/issues/v.md")}`,
      [shown("en/Issues/t.md")]: `not published: it is not in en/issues/; an issue belongs at ${shown("en/issues/t.md")}`,
      [shown("s.md")]: `not published: it is in no language folder (zh-tw, en); an issue belongs at ${shown("zh-tw/issues/s.md")}`,
      [shown("zh-TW/issues/z.md")]: `not published: "zh-TW" is not a language folder (the languages are zh-tw and en); an issue belongs at ${shown("zh-tw/issues/z.md")}`,
      [shown("zh-tw/issues/2020/y.md")]: `not published: sub-folders of zh-tw/issues/ are not read; an issue belongs at ${shown("zh-tw/issues/y.md")}`,
      [shown("zh-tw/issues/x.MD")]: `not published: its extension is .MD, and only .md is read; an issue belongs at ${shown("zh-tw/issues/x.md")}`,
      [shown("zh-tw/u.md")]: `not published: it is not in zh-tw/issues/; an issue belongs at ${shown("zh-tw/issues/u.md")}`,
      [shown("zh/issues/w.md")]: `not published: "zh" is not a language folder (the languages are zh-tw and en); an issue belongs at ${shown("zh-tw/issues/w.md")}`,
    });
    expect(listIssues(dir).sources).toEqual([]);
  });

  it("says nothing of hidden files and folders, editors' backups, machinery folders and other files", async () => {
    const { dir } = await contentWith([
      "_templates/issue.md",
      "zh-tw/_drafts/x.md",
      "zh-tw/issues/.draft.md",
      "zh-tw/issues/.x.md.swp",
      "zh-tw/issues/#x.md#",
      "zh-tw/issues/~$x.md",
      "zh-tw/issues/x.md~",
      ".obsidian/notes.md",
      "zh-tw/issues/.trash/old.md",
      "zh-tw/issues/www-0x01/diagram.png",
      "README.txt",
    ]);
    expect(listIssues(dir)).toEqual({ sources: [], problems: [], unpublished: [] });
  });

  it("refuses two issues of one language whose names differ only in case, naming both", async () => {
    const { dir, shown } = await contentWith(["zh-tw/issues/www-0x0A.md", "zh-tw/issues/www-0x0a.md", "en/issues/www-0x0a.md"]);
    expect(listIssues(dir).problems).toEqual([
      {
        file: shown("zh-tw/issues/www-0x0a.md"),
        message:
          `"www-0x0A.md" and "www-0x0a.md" differ only in case; on macOS and Windows, which ignore case, they are one file ` +
          `and their pages one page: rename one (${shown("zh-tw/issues/www-0x0A.md")})`,
      },
    ]);
  });

  it("refuses an issue named index, which would hide the issue list", async () => {
    const { dir, shown } = await contentWith(["en/issues/index.md"]);
    const listing = listIssues(dir);
    expect(listing.problems).toEqual([{ file: shown("en/issues/index.md"), message: `the name "index" would hide the issue list; rename the file` }]);
    expect(listing.sources).toEqual([]);
  });

  it("follows a linked folder, but not a link back up the tree", async () => {
    const elsewhere = await contentWith(["issues/a.md"]);
    const { dir, shown } = await contentWith(["zh-tw/issues/b.md"]);
    await symlink(elsewhere.dir, join(dir, "en"));
    await symlink(dir, join(dir, "zh-tw/issues/loop"));
    await symlink(join(dir, "zh-tw"), join(elsewhere.dir, "issues/back"));
    const listing = listIssues(dir);
    expect(listing.sources.map((s) => s.file)).toEqual([shown("zh-tw/issues/b.md"), shown("en/issues/a.md")]);
    // Through en/issues/back, zh-tw's issue is under a sub-folder of en/issues/.
    expect(listing.unpublished.map((p) => p.file)).toEqual([shown("en/issues/back/issues/b.md")]);
  });

  it("finds nothing in a content folder that does not exist", () => {
    expect(listIssues(join(tmpdir(), "weekly-no-such-folder"))).toEqual({ sources: [], problems: [], unpublished: [] });
  });
});
