import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issue, projectRoot } from "../support/buildSite.ts";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function poll<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await attempt().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("npm start", () => {
  let server: ChildProcess;
  let base: string;
  let content: string;

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-dev-"));
    content = join(root, "content");
    await cp(join(projectRoot, "test/fixtures/site/content"), content, { recursive: true });
    await writeFile(
      join(content, "zh-tw/issues/draft.md"),
      issue({ title: '"草稿一篇"', date: "2020-03-01", draft: "true" }),
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Exactly what `npm start` runs, pointed at a copy of the fixture site.
    const pkg = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
    const [command, ...args] = pkg.scripts.start.split(/\s+/).map((arg) => (arg === "--input=content" ? `--input=${content}` : arg));
    server = spawn(
      join(projectRoot, "node_modules/.bin", command as string),
      [...args, `--output=${join(root, "_site")}`, `--port=${port}`],
      { cwd: projectRoot, stdio: "ignore" },
    );
    await poll("the dev server", async () => ((await fetch(`${base}/zh-tw/`)).ok ? true : undefined), 60);
  });
  afterAll(() => {
    server?.kill();
  });

  const page = async (path: string) => cheerio.load(await (await fetch(`${base}${path}`)).text());

  it("shows drafts, marked as drafts", async () => {
    const $ = await page("/zh-tw/issues/draft/");
    expect($("h1").text()).toBe("草稿一篇");
    expect($(".preview").text()).toBe("草稿：正式建置不會發佈這一期");
    const home = await page("/zh-tw/");
    const card = home(".card").filter((_, c) => home(c).find(".card-title").text() === "草稿一篇");
    expect(card.find(".preview-mark").text()).toBe("草稿");
  });

  it("rebuilds an edited issue", async () => {
    await writeFile(
      join(content, "zh-tw/issues/www-0x01.md"),
      issue({ title: '"改過的標題"', date: "2020-01-25T00:00:11+08:00" }, "新的內容。\n"),
    );
    await poll("the edited page", async () =>
      (await page("/zh-tw/issues/www-0x01/"))("h1").text() === "改過的標題" ? true : undefined,
    );
    const home = await page("/zh-tw/");
    expect(home(".card-title").text()).toContain("改過的標題");
  });
});
