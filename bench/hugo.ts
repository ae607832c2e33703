import { execFileSync } from "node:child_process";
import { cp, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { PROJECT } from "./builds.ts";

/** The Hugo anchor site: bilingual, tags, RSS per language, Chroma highlighting (bench/hugo-site/hugo.toml). */
const TEMPLATE = join(PROJECT, "bench/hugo-site");

/** Hugo's version line, or undefined when `hugo` is not on the PATH (its rows are then skipped). */
export function hugoVersion(env: NodeJS.ProcessEnv = process.env): string | undefined {
  try {
    return execFileSync("hugo", ["version"], { encoding: "utf8", env, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The Hugo site for a corpus: the template, with the product's issue files (title, date and
 * tags in YAML front matter, which Hugo reads as they are) in content/<lang>/issues/.
 */
export async function writeHugoSite(productContent: string, folder: string): Promise<string> {
  await cp(TEMPLATE, folder, { recursive: true });
  for (const lang of ["zh-tw", "en"]) {
    await mkdir(join(folder, "content", lang), { recursive: true });
    await cp(join(productContent, lang, "issues"), join(folder, "content", lang, "issues"), { recursive: true });
  }
  return folder;
}
