import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { claimFolder } from "./claimFolder.ts";
import { codeBlock, linkHeading, list, paragraph, qa, quote, TAG_POOL, video } from "./prose.ts";
import { figureMarkdown, writeFigures } from "./images.ts";
import { seeded, type Random } from "./random.ts";

interface CorpusIssue {
  name: string;
  date: string;
  tags: string[];
  /** Markdown body per language. */
  body: { "zh-tw": string; en: string };
  title: { "zh-tw": string; en: string };
}

const DAY = 24 * 60 * 60 * 1000;
// Every third day from here keeps 2,000 issue pairs in the past (until 2025).
const FIRST = Date.UTC(2009, 0, 3);

function body(r: Random, zh: boolean, n: number, extras: { qa: boolean; video: boolean; images: boolean }): string {
  const sections = r.int(3, 5);
  const parts = [paragraph(r, zh)];
  if (extras.images) parts.push(figureMarkdown(zh));
  for (let s = 0; s < sections; s++) {
    parts.push(linkHeading(r, zh, n * 10 + s), paragraph(r, zh));
    if (s === 0) parts.push(codeBlock(r, n));
    if (s === 1) parts.push(list(r, zh));
    if (s === 2) parts.push(quote(r, zh));
  }
  if (extras.qa) parts.push(zh ? "## 演講摘要" : "## Talk notes", qa(r, zh), qa(r, zh));
  if (extras.video) parts.push(video(r));
  return `${parts.join("\n\n")}\n`;
}

/** `pairs` issues in both languages; the same seed gives the same bytes. */
function generateIssues(pairs: number, images: boolean, seed = 7): CorpusIssue[] {
  return Array.from({ length: pairs }, (_, i) => {
    // One generator per issue: issue i is the same whatever the corpus size.
    const r = seeded(seed * 1_000_003 + i);
    const n = i + 1;
    const extras = { qa: r.next() < 0.25, video: r.next() < 0.2, images };
    const hex = `0x${n.toString(16).toUpperCase().padStart(3, "0")}`;
    const date = new Date(FIRST + i * 3 * DAY).toISOString().slice(0, 10);
    return {
      name: `www-${hex}`,
      date: `${date}T08:00:00+08:00`,
      tags: r.sample(TAG_POOL, r.int(2, 4)),
      title: { "zh-tw": `WWW ${hex}：${r.pick(TAG_POOL)} 與 ${r.pick(TAG_POOL)}`, en: `WWW ${hex}: ${r.pick(TAG_POOL)} and more` },
      body: { "zh-tw": body(r, true, n, extras), en: body(r, false, n, extras) },
    };
  });
}

const yamlString = (text: string) => JSON.stringify(text);

/** The product's corpus: full front matter as authors write it. */
function productFile(issue: CorpusIssue, lang: "zh-tw" | "en"): string {
  return [
    "---",
    `title: ${yamlString(issue.title[lang])}`,
    `date: ${issue.date}`,
    `tags: [${issue.tags.map(yamlString).join(", ")}]`,
    "---",
    "",
    issue.body[lang],
  ].join("\n");
}

/** Bare Eleventy's corpus: the same markdown, title and date only. */
function bareFile(issue: CorpusIssue, lang: "zh-tw" | "en"): string {
  return ["---", `title: ${yamlString(issue.title[lang])}`, `date: ${issue.date}`, "---", "", issue.body[lang]].join("\n");
}

const BARE_CONFIG = `// Bare Eleventy: markdown in, a trivial layout around it, nothing else.
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData("layout", "layout.njk");
}
export const config = {
  templateFormats: ["md"],
  markdownTemplateEngine: false,
  dir: { includes: "../_includes" },
};
`;
const BARE_LAYOUT = `<!doctype html>
<html><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main>{{ content | safe }}</main></body></html>
`;

export interface CorpusPaths {
  root: string;
  /** `content/` for the product: `<lang>/issues/*.md`. */
  product: string;
  /** Folder holding bare Eleventy's config, `_includes/` and `content/`. */
  bare: string;
}

/**
 * Writes both corpora for `size` issue files (half zh-tw, half their en translations); with
 * `images`, two images beside each issue of the product's corpus (bare Eleventy's has none).
 */
export async function writeCorpus(folder: string, size: number, images = false): Promise<CorpusPaths> {
  const root = resolve(folder);
  const paths = { root, product: join(root, "product/content"), bare: join(root, "bare") };
  await claimFolder(root, ["product", "bare", "dev", "hugo"]);
  const issues = generateIssues(Math.ceil(size / 2), images);
  for (const lang of ["zh-tw", "en"] as const) {
    await mkdir(join(paths.product, lang, "issues"), { recursive: true });
    await mkdir(join(paths.bare, "content", lang, "issues"), { recursive: true });
    for (const issue of issues) {
      await writeFile(join(paths.product, lang, "issues", `${issue.name}.md`), productFile(issue, lang));
      await writeFile(join(paths.bare, "content", lang, "issues", `${issue.name}.md`), bareFile(issue, lang));
    }
  }
  if (images) for (const [i, issue] of issues.entries()) await writeFigures(paths.product, issue.name, i + 1);
  await mkdir(join(paths.bare, "_includes"), { recursive: true });
  await writeFile(join(paths.bare, "_includes/layout.njk"), BARE_LAYOUT);
  await writeFile(join(paths.bare, "eleventy.config.mjs"), BARE_CONFIG);
  return paths;
}
