import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { BrowserContextOptions, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { openPage, type WatchedPage } from "../support/browser.ts";
import { useBrowserSite } from "../support/browserSite.ts";

const ID = "lviLZFciDv4";
const TITLE = "Distroless Docker: Containerizing Apps, not VMs";
const PLAYER = "https://www.youtube-nocookie.com/embed/";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface VideoPage extends WatchedPage {
  /** Requests for the nocookie player, answered locally so the test needs no internet. */
  player: string[];
}

describe("a video on an issue page, in a browser", () => {
  // Under a path prefix, so the script's URL must honour it too.
  const site = useBrowserSite({ pathPrefix: "/weekly/" });
  const pages: Page[] = [];
  afterAll(async () => {
    for (const page of pages) await page.context().close();
  });

  async function open(path: string, options: BrowserContextOptions = {}): Promise<VideoPage> {
    const watched = await openPage(site.browser, `${site.server.url}${path}`, options);
    pages.push(watched.page);
    const player: string[] = [];
    await watched.page.context().route(`${PLAYER}**`, (route) => {
      player.push(route.request().url());
      return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>player</title>" });
    });
    await watched.page.waitForLoadState("networkidle");
    return { ...watched, player };
  }

  const foreign = (requests: string[]) => requests.filter((url) => new URL(url).origin !== new URL(site.server.url).origin);

  async function expectPlayer(page: Page, box: number, src: string, title: string): Promise<void> {
    const video = page.locator(".issue-body .video").nth(box);
    const frame = video.locator("iframe");
    await frame.waitFor();
    expect(await video.locator("iframe, button, a").count()).toBe(1);
    expect(await frame.getAttribute("src")).toBe(src);
    expect(await frame.getAttribute("title")).toBe(title);
    expect(await frame.getAttribute("referrerpolicy")).toBe("strict-origin-when-cross-origin");
    expect(await frame.getAttribute("allow")).toBe("autoplay; encrypted-media; picture-in-picture; fullscreen");
    expect(await frame.getAttribute("allowfullscreen")).not.toBeNull();
    // The pressed button is gone; focus follows the reader to the player.
    expect(await frame.evaluate((element) => element === document.activeElement)).toBe(true);
  }

  it("requests nothing from another host before the reader presses play", async () => {
    const { page, requests, problems } = await open("zh-tw/issues/www-0x04/");
    expect(await page.locator(`script[src="/weekly/assets/video.js"]`).count()).toBe(1);
    // The script ran: each placeholder is now a play button named in the page's language.
    await expect(page.getByRole("button", { name: `播放影片：${TITLE}` }).count()).resolves.toBe(1);
    await expect(page.getByRole("button", { name: "播放影片", exact: true }).count()).resolves.toBe(1);
    expect(await page.locator("iframe, img").count()).toBe(0);
    expect(requests).toContain(`${site.server.url}assets/video.js`);
    expect(foreign(requests)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("a click inserts one youtube-nocookie player", async () => {
    const { page, requests, problems, player } = await open("zh-tw/issues/www-0x04/");
    await page.getByRole("button", { name: `播放影片：${TITLE}` }).click();
    const src = `${PLAYER}${ID}?autoplay=1`;
    await expectPlayer(page, 0, src, TITLE);
    // The frame's request was let through by the CSP and reached the (local) stand-in.
    await expect.poll(() => player).toEqual([src]);
    expect(foreign(requests)).toEqual([src]);
    expect(problems).toEqual([]);
  });

  it("Enter on the focused button plays, from the start time the address gave", async () => {
    const { page, problems, player } = await open("zh-tw/issues/www-0x04/");
    await page.getByRole("button", { name: "播放影片", exact: true }).focus();
    await page.keyboard.press("Enter");
    const src = `${PLAYER}${ID}?autoplay=1&start=90`;
    await expectPlayer(page, 1, src, "YouTube 影片");
    await expect.poll(() => player).toEqual([src]);
    expect(problems).toEqual([]);
  });

  it("Space plays too, and an English page names its button in English", async () => {
    const { page, problems, player } = await open("en/issues/www-0x04/");
    const button = page.getByRole("button", { name: "Play video", exact: true });
    await button.focus();
    await page.keyboard.press("Space");
    await expectPlayer(page, 0, `${PLAYER}${ID}?autoplay=1`, "YouTube video");
    await expect.poll(() => player).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it("without JavaScript the placeholder is a working link to the video", async () => {
    const { page, problems } = await open("zh-tw/issues/www-0x04/", { javaScriptEnabled: false });
    // The header's search button aside: the video is a link, not a button.
    expect(await page.locator(".video").getByRole("button").count()).toBe(0);
    const link = page.getByRole("link", { name: `在 YouTube 觀看：${TITLE}` });
    expect(await link.getAttribute("href")).toBe(`https://www.youtube.com/watch?v=${ID}`);
    await page.context().route("https://www.youtube.com/**", (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>YouTube</title>" }),
    );
    await link.click();
    await page.waitForURL(`https://www.youtube.com/watch?v=${ID}`);
    expect(problems).toEqual([]);
  });

  it("runs under the site's CSP, which refuses any other frame or inline script", async () => {
    const { page, problems } = await open("zh-tw/issues/www-0x04/");
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-src https://www.youtube-nocookie.com;");
    expect(problems).toEqual([]);
    await page.evaluate(() => {
      const frame = document.createElement("iframe");
      frame.src = "https://www.youtube.com/embed/lviLZFciDv4";
      const script = document.createElement("script");
      script.textContent = "document.title = 'inline script ran'";
      document.body.append(frame, script);
    });
    await expect.poll(() => problems.filter((line) => /Content Security Policy/.test(line)).length).toBe(2);
    expect(await page.title()).not.toBe("inline script ran");
  });

  it.each(["light", "dark"] as const)("Q&A and video text keep 4.5:1 contrast in the %s theme", async (colorScheme) => {
    const { page } = await open("zh-tw/issues/www-0x04/", { colorScheme });
    // Evaluated through DevTools, which the page's CSP does not govern.
    await page.evaluate(axeSource);
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run(context: object, options: object): Promise<AxeResults> } }).axe.run(
        { include: [".issue-body .qa", ".issue-body .video"] },
        { runOnly: ["color-contrast"] },
      ),
    );
    expect(results.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThan(3);
    expect(results.violations.flatMap((rule) => rule.nodes.map((node) => node.failureSummary))).toEqual([]);
  });
});
