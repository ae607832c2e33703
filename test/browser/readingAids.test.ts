import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openPage } from "../support/browser.ts";
import { issue, projectRoot } from "../support/buildSite.ts";
import { useBrowserSite } from "../support/browserSite.ts";
import { accessibilityProblems, COLOUR_RULES, firstParagraphTop, keyboardProblems } from "../support/pageChecks.ts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SCREENSHOTS = join(projectRoot, "test/.artifacts/screenshots");

/** Twelve link sections of commentary, as a real issue has, every third with two `###`. */
const body = [
  "這週整理了十二篇文章，從容器到編譯器，外加一些軟體工程的老問題。",
  ...Array.from({ length: 12 }, (_, i) => {
    const nested = i % 3 === 0 ? `\n### 延伸閱讀 ${i + 1}\n\n補充。\n` : "";
    return `## [第 ${i + 1} 篇：一個相當長的連結標題，看看手機上怎麼換行](https://example.com/${i})\n\n評論 ${i + 1}。\n${nested}`;
  }),
].join("\n\n");

const files = {
  "zh-tw/issues/long.md": issue({ title: `"WWW 0x10: 十二篇"`, date: "2021-01-10", tags: "[Rust, 目錄]" }, body),
  "zh-tw/issues/near.md": issue({ title: `"WWW 0x0F: 同一個標籤"`, date: "2021-01-03", tags: "[目錄]" }),
};

describe("contents and related issues in a browser", () => {
  const state = useBrowserSite({ files });
  const open = async (viewport: typeof PHONE, colorScheme: "light" | "dark" = "light") =>
    openPage(state.browser, new URL("/zh-tw/issues/long/", state.server.url).href, { viewport, colorScheme });

  it("on a phone: closed, the first sentence still near the top, opened by its summary", async () => {
    const { page, problems } = await open(PHONE);
    expect(problems).toEqual([]);
    expect(await firstParagraphTop(page)).toBeLessThanOrEqual(350);
    expect(await page.locator(".toc-fold").isVisible()).toBe(true);
    expect(await page.locator(".toc-open").isVisible()).toBe(false);
    expect(await page.locator(".toc-fold ol a").first().isVisible()).toBe(false);
    await page.locator(".toc-fold summary").click();
    expect(await page.locator(".toc-fold ol a").first().isVisible()).toBe(true);
    await page.locator(".toc-fold ol a").nth(2).click();
    expect(new URL(page.url()).hash).toBe(`#${encodeURIComponent("第-2-篇一個相當長的連結標題看看手機上怎麼換行")}`);
  });

  it("on a wide screen: open, with no JavaScript, and one list for screen readers", async () => {
    const { page } = await open(DESKTOP);
    expect(await page.locator(".toc-fold").isVisible()).toBe(false);
    expect(await page.locator(".toc-open ol a").first().isVisible()).toBe(true);
    expect(await page.locator(".toc-open > ol > li").count()).toBe(12);
    const tree = await page.locator("nav.toc").ariaSnapshot();
    expect(tree.match(/- link "第 1 篇/g)).toHaveLength(1);
  });

  it("passes axe in both themes and the keyboard walk, with related issues at the foot", async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    for (const scheme of ["light", "dark"] as const) {
      for (const viewport of [PHONE, DESKTOP]) {
        const { page } = await open(viewport, scheme);
        // The rare tag 目錄 first; the fixture's Rust issues after it.
        expect((await page.locator("section.related a").allTextContents())[0]).toBe("WWW 0x0F: 同一個標籤");
        expect(await accessibilityProblems(page, scheme === "dark" ? COLOUR_RULES : undefined)).toEqual([]);
        if (viewport === DESKTOP && scheme === "light") expect(await keyboardProblems(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `reading-aids-${viewport.width}-${scheme}.png`), fullPage: viewport === PHONE });
        await page.context().close();
      }
    }
  });
});
