import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { parseFlagsAndOperands, UsageError, type FlagSpec } from "../build/commandLine.ts";
import { digestOf } from "../cache/diskMemo.ts";
import { displayPath, issuePath } from "../core/paths.ts";
import { formatProblem } from "../core/problems.ts";
import { site } from "../core/site.ts";
import { parseFrontMatter } from "../content/frontMatter/block.ts";
import { download } from "../content/images/download.ts";
import { imageSettings } from "../content/images/settings.ts";
import { lineAt } from "../content/lines.ts";
import { listIssues, type Listed } from "../content/listing.ts";
import { loadImageFinder } from "../content/markdown/lazyRenderer.ts";
import { localName, rewriteAddress } from "./vendorNames.ts";

const COMMAND = "npm run vendor-images";
const FLAGS = {
  input: { type: "string", default: "content", meaning: "the folder of issues" },
} satisfies FlagSpec;

const isRemote = (source: string) => /^https?:\/\//i.test(source) && new URL(source).origin !== new URL(site.url).origin;

/** The issues named on the command line (`www-0x18`, `en/www-0x18`, a path), or every issue. */
function chosenIssues(content: string, words: string[]): Listed[] {
  const all = listIssues(content).sources;
  if (words.length === 0) return all;
  return words.flatMap((word) => {
    const bare = word.replace(/\.md$/, "");
    const found = all.filter((issue) => issue.name === bare || `${issue.lang}/${issue.name}` === bare || issue.file.replace(/\.md$/, "").endsWith(bare));
    if (found.length === 0) throw new UsageError(`${COMMAND}: no issue ${word} in ${content}/; name one like www-0x18 or en/www-0x18`);
    return found;
  });
}

/** The format's usual extension, so the copy's name says what it is whatever the URL said. */
async function extensionOf(bytes: Buffer): Promise<string | undefined> {
  const format = (await sharp(bytes).metadata().catch(() => undefined))?.format;
  return format === "jpeg" ? "jpg" : format;
}

/**
 * Downloads one issue's remote images into its folder and points the markdown at the copies.
 * A file already there is never overwritten: a copy with the same bytes is reused, another name
 * chosen otherwise. The issue file is replaced whole (written beside it, then renamed).
 */
async function vendorIssue(issue: Listed, content: string): Promise<{ saved: number; left: number }> {
  const text = readFileSync(issue.file, "utf8");
  const body = parseFrontMatter(text).content;
  const offset = lineAt(text, text.length - body.length);
  const env = { lang: issue.lang, target: "page" as const, pathPrefix: "/", pageUrl: new URL(issuePath(issue.lang, issue.name), site.url).href };
  const remote = (await loadImageFinder())(body, env, offset).filter((image) => isRemote(image.source));
  const folder = join(content, issue.lang, "issues", issue.name);
  const settings = imageSettings(content);
  let rewritten = body;
  let saved = 0;
  let left = 0;
  for (const image of remote.filter((one, index) => remote.findIndex((other) => other.source === one.source) === index)) {
    const got = await download(image.source, settings);
    const extension = "bytes" in got ? await extensionOf(got.bytes) : undefined;
    if (!("bytes" in got) || !extension) {
      const reason = "reason" in got ? got.reason : "it is not an image sharp can read";
      console.warn(formatProblem({ file: issue.file, line: image.line, message: `image ${image.source} was left remote: ${reason}` }, "warning"));
      left++;
      continue;
    }
    mkdirSync(folder, { recursive: true });
    const name = localName(image.source, extension, (candidate) => {
      const path = join(folder, candidate);
      return !existsSync(path) ? "free" : digestOf(readFileSync(path)) === digestOf(got.bytes) ? "same" : "taken";
    });
    if (!existsSync(join(folder, name))) writeFileSync(join(folder, name), got.bytes, { flag: "wx" });
    const before = rewritten;
    rewritten = rewriteAddress(rewritten, image.source, name);
    saved++;
    // A reference-style image (`![alt][ref]`) shares its definition with links: left to the author.
    if (rewritten === before) {
      console.warn(formatProblem({ file: issue.file, line: image.line, message: `image ${image.source} was saved as ${name}, but is not written as ![…](${image.source}); point it at ${name} by hand` }, "warning"));
    }
  }
  if (rewritten !== body) {
    const scratch = `${issue.file}.vendor-${process.pid}`;
    writeFileSync(scratch, text.slice(0, text.length - body.length) + rewritten, { flag: "wx" });
    renameSync(scratch, issue.file);
  }
  if (saved > 0) console.log(`${displayPath(issue.file)}: ${saved} image${saved === 1 ? "" : "s"} saved in ${displayPath(folder)}/`);
  return { saved, left };
}

/**
 * `npm run vendor-images [-- --input=content] [issue…]`: every remote image of the issues (all of
 * them by default) downloaded into the issue's own folder, and the markdown rewritten to the
 * copy, so the weekly outlives the hosts it quoted. Exit 1 when an image could not be saved.
 */
async function main(): Promise<number> {
  try {
    const { values: flags, operands: words } = parseFlagsAndOperands(COMMAND, FLAGS, process.argv.slice(2), "issue");
    const content = String(flags.input);
    if (!existsSync(content)) throw new UsageError(`${COMMAND}: --input=${content} is not a folder; give the folder of issues, such as --input=content`);
    let left = 0;
    for (const issue of chosenIssues(content, words)) left += (await vendorIssue(issue, content)).left;
    return left > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    return 2;
  }
}

process.exitCode = await main();
