import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { describe, expect, it } from "vitest";
import { issue, projectRoot, rebuildSite, type BuiltSite } from "../support/buildSite.ts";
import { hashTree } from "../support/tree.ts";

/**
 * A scratch site (the fixture's content plus `files`) built with the real CLI, and whether
 * anything beside the output folder changed: the build may write its site, the mark that the
 * site is its own (._site-built) and its render cache (.cache/), nothing else, least of all
 * the author's files.
 */
async function buildWith(files: (root: string) => Record<string, string>): Promise<{ site: BuiltSite; untouched: boolean }> {
  const root = await mkdtemp(join(tmpdir(), "weekly-mistakes-"));
  await cp(join(projectRoot, "test/fixtures/site/content"), join(root, "content"), { recursive: true });
  for (const [path, text] of Object.entries(files(root))) {
    await mkdir(dirname(join(root, "content", path)), { recursive: true });
    await writeFile(join(root, "content", path), text);
  }
  const authored = async () => {
    const tree = await hashTree(root);
    return Object.fromEntries(Object.entries(tree).filter(([path]) => !/^(_site\/|\._site-built$|\.cache\/)/.test(path)));
  };
  const before = await authored();
  const site = await rebuildSite({ root, output: join(root, "_site") } as BuiltSite);
  return { site, untouched: JSON.stringify(await authored()) === JSON.stringify(before) };
}

/** The first line printed for `file` (relative to content/), from `content/` on. */
function firstLineFor(site: BuiltSite, file: string): string | undefined {
  const line = site.stderr.split("\n").find((text) => text.includes(`content/${file}:`));
  return line?.slice(line.indexOf(`content/${file}:`));
}

const dated = (title: string, body?: string) => issue({ title, date: "2020-02-01" }, body);

describe("a build with mistakes an author can make", async () => {
  const { site, untouched } = await buildWith((root) => ({
    // Code that would leave a file behind if it ran.
    "en/issues/js.md": `---js\nprocess.getBuiltinModule("node:fs").writeFileSync(${JSON.stringify(join(root, "ran"))}, "ran");\n({ title: "x", date: "2020-02-01" })\n---\n\nBody.\n`,
    "en/issues/unclosed-quote.md": issue({ title: '"[unclosed', date: "2020-02-01" }),
    "en/issues/not-closed.md": "---\ntitle: x\ndate: 2020-02-01\n\nBody.\n",
    "en/issues/no-front-matter.md": "# Hello\n\nBody.\n",
    "zh-tw/issues/tab-title.md": dated('"WWW\\t0x02"'),
    "en/issues/control-title.md": dated('"WWW\\x010x02"'),
    "en/issues/bidi-title.md": dated('"WWW \\u202Egnp.exe"'),
    "en/issues/long-title.md": dated("x".repeat(58)),
    "zh-tw/issues/long-title.md": dated("字".repeat(62)),
    "en/issues/empty-heading.md": dated("x", "Intro.\n\n## \n"),
    "en/issues/empty-link.md": dated("x", "See [](https://example.org).\n"),
    "zh-tw/issues/www-0x0A.md": dated("x"),
    "zh-tw/issues/www-0x0a.md": dated("x"),
  }));

  it("fails, and runs no front matter as code", async () => {
    expect(site.ok).toBe(false);
    expect(existsSync(join(site.root, "ran"))).toBe(false);
  });

  it("changes nothing beside the output folder", () => expect(untouched).toBe(true));

  it.each([
    ["en/issues/js.md", "1: front matter in js is not accepted; write it as YAML between --- lines"],
    ["en/issues/unclosed-quote.md", '2: title: the quoted text is never closed; end it with "'],
    ["en/issues/not-closed.md", "1: front matter is not closed; end it with a line of ---"],
    ["en/issues/no-front-matter.md", "1: no front matter; start the file with ---, a title and a date"],
    ["zh-tw/issues/tab-title.md", "2: title contains a tab; a title is one line of text: replace the tab with a space"],
    ["en/issues/control-title.md", "2: title contains the control character U+0001, which pages do not show; remove it"],
    [
      "en/issues/bidi-title.md",
      '2: title opens a right-to-left override (U+202E) and never closes it, so it would turn the text after the title ("| WWW Weekly" in the page title) around as well; close it with U+202C or remove it',
    ],
    ["en/issues/long-title.md", '2: title is 58 characters, too long for the page title "… | WWW Weekly" (70 at most): a title in en may have 57; shorten it by 1'],
    ["zh-tw/issues/long-title.md", '2: title is 62 characters, too long for the page title "… | WWW 週報" (70 at most): a title in zh-tw may have 61; shorten it by 1'],
    ["en/issues/empty-heading.md", "8: heading has no text; write its text after the ##, or remove the heading"],
    ["en/issues/empty-link.md", "6: link to https://example.org has no text; write its text between the brackets: [text](https://example.org)"],
  ])("names %s, its line and the fix", (file, message) => {
    expect(firstLineFor(site, file)).toBe(`content/${file}:${message}`);
  });

  it("refuses two issues whose names differ only in case, naming both", () => {
    expect(firstLineFor(site, "zh-tw/issues/www-0x0a.md")).toMatch(
      /^content\/zh-tw\/issues\/www-0x0a\.md: "www-0x0A\.md" and "www-0x0a\.md" differ only in case; .* rename one \(.*content\/zh-tw\/issues\/www-0x0A\.md\)$/,
    );
  });

  it("prints each problem once", () => {
    const printed = site.stderr.split("\n").filter((line) => line.includes("/content/"));
    expect(printed).toHaveLength(12);
    expect(new Set(printed).size).toBe(12);
  });
});

describe("a build with markdown files where the build does not read them", async () => {
  const { site, untouched } = await buildWith(() => ({
    "zh-tw/issues/x.MD": dated("x"),
    "zh-tw/issues/2020/y.md": dated("y"),
    "zh-TW/issues/z.md": dated("z"),
    "zh/issues/w.md": dated("w"),
    "zh-tw/u.md": dated("u"),
    "zh-tw/issues/.hidden.md": dated("hidden"),
    "zh-tw/issues/#x.md#": "backup",
  }));

  it("publishes the rest", () => expect(site.ok, site.stderr).toBe(true));

  it("changes nothing beside the output folder", () => expect(untouched).toBe(true));

  it.each([
    ["zh-tw/issues/x.MD", "its extension is .MD, and only .md is read", "zh-tw/issues/x.md"],
    ["zh-tw/issues/2020/y.md", "sub-folders of zh-tw/issues/ are not read", "zh-tw/issues/y.md"],
    ["zh-TW/issues/z.md", '"zh-TW" is not a language folder (the languages are zh-tw and en)', "zh-tw/issues/z.md"],
    ["zh/issues/w.md", '"zh" is not a language folder (the languages are zh-tw and en)', "zh-tw/issues/w.md"],
    ["zh-tw/u.md", "it is not in zh-tw/issues/", "zh-tw/issues/u.md"],
  ])("warns that %s is not published, and where an issue belongs", (file, reason, target) => {
    const line = firstLineFor(site, file) ?? "";
    expect(line.replace(/belongs at .*content\//, "belongs at content/")).toBe(
      `content/${file}: warning: not published: ${reason}; an issue belongs at content/${target}`,
    );
  });

  it("says nothing of hidden files and editors' backups", () => {
    expect(site.stderr).not.toContain(".hidden.md");
    expect(site.stderr).not.toContain("#x.md#");
  });
});

describe("the longest titles the build accepts", async () => {
  // As long as the page title allows, counted as html-validate counts: & is written &amp;.
  const titles = { en: `${"x".repeat(52)}&`, "zh-tw": `${"字".repeat(56)}'` };
  const { site } = await buildWith(() => ({
    "en/issues/longest.md": dated(JSON.stringify(titles.en)),
    "zh-tw/issues/longest.md": dated(JSON.stringify(titles["zh-tw"])),
  }));
  const config = JSON.parse(await readFile(join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const errorsIn = async (html: string) => (await validator.validateString(html)).results.flatMap((r) => r.messages.map((m) => m.ruleId));

  it.each(["en", "zh-tw"] as const)("pass the HTML gate in %s, and one character more would not", async (lang) => {
    expect(site.ok, site.stderr).toBe(true);
    const html = await site.read(`${lang}/issues/longest/index.html`);
    expect(html).toContain(`<title>${titles[lang].replace("&", "&amp;").replace("'", "&#39;")} | `);
    expect(await errorsIn(html)).toEqual([]);
    expect(await errorsIn(html.replace("<title>", "<title>x"))).toEqual(["long-title"]);
  });
});
