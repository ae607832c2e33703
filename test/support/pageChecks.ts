import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

/**
 * What a reader's browser shows, measured in the page. Each check returns one readable line per
 * problem, so a gate can assert `toEqual([])` and a failure says what and where.
 */

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The axe-core rules whose outcome depends on colours: the ones to rerun in the dark theme. */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * axe-core's serious and critical violations, of every rule or of `rules` only. axe is evaluated
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern: the
 * page keeps its real CSP, so a violation of it still shows as a console error.
 */
export async function accessibilityProblems(page: Page, rules?: string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  const options = { resultTypes: ["violations"], ...(rules && { runOnly: { type: "rule", values: rules } }) };
  const results = await page.evaluate(
    (opts) => (window as unknown as { axe: { run(options: object): Promise<AxeResults> } }).axe.run(opts),
    options,
  );
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const where = violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}${node.failureSummary ? ` (${node.failureSummary.replace(/\s+/g, " ")})` : ""}`);
      return `${violation.id} [${violation.impact}] ${violation.help}: ${where.join("; ")}`;
    });
}

/** Nothing may widen the page past the viewport; a `<pre>` scrolling inside itself is fine. */
export function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    const culprits = [...document.body.querySelectorAll<HTMLElement>("*")]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !el.parentElement?.closest("pre"))
      .slice(0, 5)
      .map((el) => `<${el.localName} class="${el.className}"> ends at ${Math.round(el.getBoundingClientRect().right)}px`);
    return [`page is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport: ${culprits.join(", ")}`];
  });
}

/**
 * Lines of running text no longer than `maxEm` em of their own font size: a column the eye can
 * follow back. A line's length is the extent of its text, so a short caption in a wide box passes.
 */
export function measureProblems(page: Page, maxEm: number): Promise<string[]> {
  return page.evaluate((max) => {
    const blocks = [...document.querySelectorAll<HTMLElement>("main :is(p, li, dd, blockquote)")];
    // A block holding code is judged by its paragraphs: a <pre> scrolls and may run long.
    return blocks.filter((el) => !el.querySelector("pre")).flatMap((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rects.length === 0) return [];
      const width = Math.max(...rects.map((r) => r.right)) - Math.min(...rects.map((r) => r.left));
      const em = width / parseFloat(getComputedStyle(el).fontSize);
      return em > max ? [`<${el.localName}> "${el.textContent?.trim().slice(0, 30)}" runs ${em.toFixed(1)}em wide`] : [];
    });
  }, maxEm);
}

/** Distance from the top of the document to the first paragraph of the issue body, in px. */
export function firstParagraphTop(page: Page): Promise<number | undefined> {
  return page.evaluate(() => {
    const paragraph = document.querySelector(".issue-body p");
    return paragraph ? paragraph.getBoundingClientRect().top + window.scrollY : undefined;
  });
}

const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])";

/**
 * Walks the page with Tab as a keyboard user does. Every link, button and focusable block must
 * be reached, and each, once focused, must be on screen and look different from unfocused:
 * a visible outline or a changed box-shadow.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const targets = await page.evaluate((selector) => {
    const elements = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.getClientRects().length > 0);
    elements.forEach((el, index) => {
      const s = getComputedStyle(el);
      el.dataset.gateFocus = String(index);
      el.dataset.gateBlurred = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}|${s.boxShadow}`;
    });
    return elements.map((el) => `<${el.localName}> "${(el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40)}"${el.getAttribute("href") ? ` → ${el.getAttribute("href")}` : ""}`);
  }, FOCUSABLE);

  const problems: string[] = [];
  const reached = new Set<number>();
  for (let step = 0; step <= targets.length + 1; step++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.dataset.gateFocus === undefined) return undefined;
      const s = getComputedStyle(el);
      const [blurredOutline, blurredShadow] = (el.dataset.gateBlurred ?? "").split("|");
      const outline = `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
      const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2 && outline !== blurredOutline) ||
        (s.boxShadow !== "none" && s.boxShadow !== blurredShadow);
      const r = el.getBoundingClientRect();
      const onScreen = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth && r.width > 1 && r.height > 1;
      return { index: Number(el.dataset.gateFocus), ring, onScreen };
    });
    if (!focused) continue;
    if (reached.has(focused.index)) break;
    reached.add(focused.index);
    const label = targets[focused.index];
    if (!focused.ring) problems.push(`${label}: no visible focus indicator`);
    if (!focused.onScreen) problems.push(`${label}: focused but not on screen`);
  }
  targets.forEach((label, index) => {
    if (!reached.has(index)) problems.push(`${label}: not reachable with Tab`);
  });
  return problems;
}

const PLAYER = "https://www.youtube-nocookie.com/embed/";

/**
 * Each video placeholder is a button that Enter turns into YouTube's privacy-enhanced player.
 * The player's request is answered locally: tests run without the internet.
 */
export async function videoPlayProblems(page: Page): Promise<string[]> {
  const boxes = page.locator(".video[data-video-id]");
  const count = await boxes.count();
  if (count === 0) return [];
  await page.route(`${PLAYER}**`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>player</title>" }));
  const problems: string[] = [];
  for (let index = 0; index < count; index++) {
    const box = boxes.nth(index);
    const id = await box.getAttribute("data-video-id");
    const button = box.locator("button");
    if ((await button.count()) !== 1) {
      problems.push(`video ${id}: no play button`);
      continue;
    }
    await button.focus();
    await page.keyboard.press("Enter");
    const player = box.locator(`iframe[src^="${PLAYER}${id}"]`);
    const played = await player.waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (!played) problems.push(`video ${id}: Enter on its play button inserted no ${PLAYER} player`);
  }
  return problems;
}
