import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiskMemo } from "../../src/cache/diskMemo.ts";
import { readMemoFile, writeMemoFile } from "../../src/cache/memoFile.ts";
import { renderFeedBodies } from "../../src/content/feedBodies.ts";
import type { Issue } from "../../src/content/issue.ts";
import { makeIssue } from "../support/issues.ts";

const weekly = { origin: "https://weekly.example.org", pathPrefix: "/weekly/" };
const LINKS = "See [home](/zh-tw/), [the first](../www-0x01/), [below](#part) and ![logo](/assets/favicon.svg).\n";
const VIDEO = '{% youtube "lviLZFciDv4" "Distroless Docker" %}\n\n<script>alert(1)</script>\n';

const bodyOf = async (issue: Issue, site = weekly) => (await renderFeedBodies([issue], site)).get(issue);

describe("a feed body", () => {
  it("makes every link absolute, resolved against the issue's own URL under the path prefix", async () => {
    expect(await bodyOf(makeIssue({ name: "www-0x02", body: LINKS }))).toBe(
      '<p>See <a href="https://weekly.example.org/weekly/zh-tw/">home</a>, ' +
        '<a href="https://weekly.example.org/weekly/zh-tw/issues/www-0x01/">the first</a>, ' +
        '<a href="https://weekly.example.org/weekly/zh-tw/issues/www-0x02/#part">below</a> and ' +
        '<img src="https://weekly.example.org/weekly/assets/favicon.svg" alt="logo">.</p>\n',
    );
  });

  it("follows the site's address when the same issue is rendered for another one", async () => {
    const issue = makeIssue({ name: "www-0x02", body: "[home](/zh-tw/)\n" });
    await bodyOf(issue);
    expect(await bodyOf(issue, { origin: "https://preview.example.net", pathPrefix: "/" })).toBe(
      '<p><a href="https://preview.example.net/zh-tw/">home</a></p>\n',
    );
  });

  it("shows a video as a link to watch it, with no iframe and no script", async () => {
    const html = await bodyOf(makeIssue({ lang: "en", body: VIDEO }));
    expect(html).toContain('<a href="https://www.youtube.com/watch?v=lviLZFciDv4">Watch on YouTube: Distroless Docker</a>');
    expect(html).not.toMatch(/<iframe|<script|data-video-id/);
  });
});

describe("feed bodies kept on disk", () => {
  /**
   * A memo file saved by a build of one issue, every body in it then rewritten, so a body read
   * back from the file can be told from one rendered afresh.
   */
  async function savedAndMarked(): Promise<string> {
    const path = join(await mkdtemp(join(tmpdir(), "weekly-feed-bodies-")), "feeds.memo");
    const first = new DiskMemo<undefined>(path, "fp");
    await renderFeedBodies([makeIssue({ body: LINKS })], weekly, first);
    first.save();
    const file = readMemoFile<undefined>(path);
    if (!file) throw new Error(`${path} holds no memo`);
    writeMemoFile(path, file.fingerprint, [...file.records].map(([key, { digest }]) => [key, { digest, text: "<p>from disk</p>", data: undefined }]));
    return path;
  }

  const renderWith = async (path: string, issue: Issue, site = weekly) =>
    (await renderFeedBodies([issue], site, new DiskMemo(path, "fp"))).get(issue);

  it("are reused by the next build for the same body at the same URL", async () => {
    expect(await renderWith(await savedAndMarked(), makeIssue({ body: LINKS }))).toBe("<p>from disk</p>");
  });

  it("are rendered afresh when the body or the site's address changed", async () => {
    const path = await savedAndMarked();
    expect(await renderWith(path, makeIssue({ body: "Edited.\n" }))).toBe("<p>Edited.</p>\n");
    expect(await renderWith(path, makeIssue({ body: LINKS }), { ...weekly, pathPrefix: "/" })).toContain('href="https://weekly.example.org/zh-tw/"');
  });
});
