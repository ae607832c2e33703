import { spawn, type ChildProcess } from "node:child_process";
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issue, projectRoot } from "../support/buildSite.ts";
import { png } from "../support/imageHost.ts";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function poll<T>(what: string, attempt: () => Promise<T | undefined>, seconds = 90): Promise<T> {
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
  let output: string;

  beforeAll(async () => {
    const root = await mkdtemp(join(tmpdir(), "weekly-dev-"));
    content = join(root, "content");
    output = join(root, "dev-site");
    await cp(join(projectRoot, "test/fixtures/site/content"), content, { recursive: true });
    await writeFile(
      join(content, "zh-tw/issues/draft.md"),
      issue({ title: '"草稿一篇"', date: "2020-03-01", draft: "true" }),
    );
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // Exactly what `npm start` runs, pointed at a copy of the fixture site.
    const pkg = JSON.parse(await readFile(join(projectRoot, "package.json"), "utf8")) as { scripts: { start: string } };
    const [command, ...args] = pkg.scripts.start.split(/\s+/);
    server = spawn(
      join(projectRoot, "node_modules/.bin", command as string),
      [...args, `--input=${content}`, `--output=${output}`, `--port=${port}`],
      { cwd: projectRoot, stdio: "ignore" },
    );
    await poll("the dev server", async () => ((await fetch(`${base}/zh-tw/`)).ok ? true : undefined), 60);
  });
  afterAll(() => {
    server?.kill();
  });

  const page = async (path: string) => cheerio.load(await (await fetch(`${base}${path}`)).text());
  const link = async (path: string, rel: "prev" | "next") => (await page(path))(`a[rel="${rel}"]`).attr("href");
  const until = (what: string, check: () => Promise<boolean>) => poll(what, async () => ((await check()) ? true : undefined));
  const exists = (path: string) => access(join(output, path)).then(() => true, () => false);

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
    await until("the home page", async () => (await page("/zh-tw/"))(".card-title").text().includes("改過的標題"));
    // Its newer neighbour and its translation's absence are not stale either.
    await until("the next issue's link", async () => (await page("/zh-tw/issues/www-0x02/"))('a[rel="prev"]').text().includes("改過的標題"));
  });

  it("moves an issue whose date changed, re-rendering its old and new neighbours", async () => {
    // zh-tw order 0x01, 0x02, 0x03, 0x04 becomes 0x01, 0x03, 0x02, 0x04.
    const file = join(content, "zh-tw/issues/www-0x02.md");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^date: .*$/m, "date: 2020-02-10"));
    const expected: [string, "prev" | "next", string][] = [
      ["www-0x01", "next", "www-0x03"],
      ["www-0x03", "prev", "www-0x01"],
      ["www-0x03", "next", "www-0x02"],
      ["www-0x02", "prev", "www-0x03"],
      ["www-0x02", "next", "www-0x04"],
      ["www-0x04", "prev", "www-0x02"],
    ];
    for (const [name, rel, target] of expected) {
      await until(`${name}'s ${rel} link`, async () => (await link(`/zh-tw/issues/${name}/`, rel)) === `/zh-tw/issues/${target}/`);
    }
  });

  it("removes the page of a tag no issue carries any more", async () => {
    const tagPage = "zh-tw/tags/軟體工程/index.html";
    expect(await exists(tagPage)).toBe(true);
    const file = join(content, "zh-tw/issues/www-0x03.md");
    await writeFile(file, (await readFile(file, "utf8")).replace(/^tags: .*$/m, "tags: [Weekly, C++, C#]"));
    await until("the tag page to go", async () => !(await exists(tagPage)));
    expect((await fetch(`${base}/zh-tw/tags/${encodeURIComponent("軟體工程")}/`)).status).toBe(404);
    await until("the tags index", async () => !(await page("/zh-tw/tags/"))(".tag-list").text().includes("軟體工程"));
    expect(await readFile(join(output, "sitemap.xml"), "utf8")).not.toContain(encodeURIComponent("軟體工程"));
  });

  it("removes a deleted issue's page and relinks its neighbours", async () => {
    await rm(join(content, "en/issues/hello-world.md"));
    await until("the page to go", async () => !(await exists("en/issues/hello-world")));
    await until("en 0x02's next link", async () => (await link("/en/issues/www-0x02/", "next")) === "/en/issues/www-0x04/");
    await until("en 0x04's previous link", async () => (await link("/en/issues/www-0x04/", "prev")) === "/en/issues/www-0x02/");
    // Meta was hello-world's only tag.
    expect(await exists("en/tags/meta")).toBe(false);
    const sitemap = await readFile(join(output, "sitemap.xml"), "utf8");
    expect(sitemap).not.toContain("hello-world");
    // Issues this edit did not render are still listed.
    expect(sitemap).toContain("/zh-tw/issues/www-0x04/");
    expect((await page("/en/archive/")).text()).not.toContain("Hello, world");
  });

  it("shows an image added beside an issue, and the image again once it changes", async () => {
    const folder = join(content, "zh-tw/issues/www-0x03");
    await mkdir(folder);
    await writeFile(join(folder, "arch.png"), await png(300, 200));
    const file = join(content, "zh-tw/issues/www-0x03.md");
    await writeFile(file, `${await readFile(file, "utf8")}\n![架構圖](arch.png)\n`);
    const shown = async (width: string) => {
      const img = (await page("/zh-tw/issues/www-0x03/"))('img[alt="架構圖"]');
      return img.attr("width") === width && (await fetch(`${base}${img.attr("src")}`)).ok;
    };
    await until("the image", () => shown("300"));
    await writeFile(join(folder, "arch.png"), await png(400, 100));
    await until("the changed image", () => shown("400"));
  });

  it("survives bad front matter and recovers on the next good save", async () => {
    const file = join(content, "zh-tw/issues/www-0x04.md");
    const good = await readFile(file, "utf8");
    await writeFile(file, good.replace(/^title: .*$/m, "title: [unclosed"));
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await fetch(`${base}/zh-tw/`)).ok).toBe(true);
    await writeFile(file, good.replace(/^title: .*$/m, 'title: "修好了"'));
    await until("the fixed page", async () => (await page("/zh-tw/issues/www-0x04/"))("h1").text() === "修好了");
  });

  it("reads a template afresh after it is edited, though it reuses templates until then", async () => {
    // Eleventy caches every template it reads for the whole process; the dev server lets it
    // until an edit like this one, and a page showing the first text would mean it still does.
    const template = join(content, "notes.njk");
    await writeFile(template, "<p>第一版</p>\n");
    await until("the new template's page", async () => (await page("/notes/"))("p").text() === "第一版");
    await writeFile(template, "<p>第二版</p>\n");
    await until("the edited template's page", async () => (await page("/notes/"))("p").text() === "第二版");
    await rm(template);
    await until("the template's page to go", async () => !(await exists("notes")));
  });
  it("keeps search's index in step with each edit, and through whole rebuilds", async () => {
    const titles = async () => {
      const index = (await (await fetch(`${base}/zh-tw/search/index.json`)).json()) as { storedFields: Record<string, { title: string }> };
      return Object.values(index.storedFields).map((shown) => shown.title);
    };
    await writeFile(join(content, "zh-tw/issues/www-0x20.md"), issue({ title: "Searchable", date: "2020-03-05" }));
    await until("the new issue in the index", async () => (await titles()).includes("Searchable"));
    // A whole build (a template edit asks for one) indexes it too, and its removal of stale files spares the index.
    await writeFile(join(content, "search-note.njk"), "<p>x</p>\n");
    await until("the whole build's page", () => exists("search-note/index.html"));
    expect(await titles()).toContain("Searchable");
    await rm(join(content, "search-note.njk"));
    await rm(join(content, "zh-tw/issues/www-0x20.md"));
    await until("the removed issue gone from the index", async () => !(await titles()).includes("Searchable"));
  });
});
