import { Eleventy, type UserConfig, type WrittenPage } from "@11ty/eleventy";
import { relative } from "node:path";

const CONFIG = "eleventy.config.ts";

export interface BuildTarget {
  /** The content folder: the loader reads every issue in it whatever a build renders. */
  content: string;
  output: string;
}

async function build(target: BuildTarget, input: string, scope?: (c: UserConfig) => void): Promise<WrittenPage[]> {
  // "serve": the pages plugin shows drafts and future issues, marked, as in any dev build.
  const eleventy = new Eleventy(input, target.output, {
    configPath: CONFIG,
    runMode: "serve",
    quietMode: true,
    inputDir: target.content,
    config(config) {
      // Eleventy keeps every file it read in a cache shared by all instances of a process
      // (TemplateContent._inputCache), so a new instance would render the text before the edit.
      config.setUseTemplateCache(false);
      scope?.(config);
    },
  });
  // The dev server reports each rebuild once, in its own words; build errors are thrown.
  eleventy.disableLogger();
  const [, written] = await eleventy.write();
  return written;
}

/** Every page, as `npm run build` writes them but with drafts shown. */
export const buildAll = (target: BuildTarget) => build(target, target.content);

// Glob characters in a file name must match themselves.
const literal = (path: string) => path.replace(/[\\*?[\](){}!+@,]/g, "\\$&");

/**
 * Only these issues' pages: the listings (virtual templates, which join every build) are
 * skipped, so the edited page is on disk before they are rendered.
 */
export function buildIssues(target: BuildTarget, files: string[]): Promise<WrittenPage[]> {
  const names = files.map((file) => literal(relative(target.content, file)));
  const input = names.length === 1 ? (files[0] as string) : `${target.content}/{${names.join(",")}}`;
  return build(target, input, (config) => config.addPreprocessor("dev-issues-only", "njk", () => false));
}

/** Only the listings (home, archive, root, 404, tags, feeds, sitemap…), from every issue. */
export const buildListings = (target: BuildTarget) =>
  // A glob that matches no file: the virtual templates are the whole build.
  build(target, `${target.content}/**/*.listings-only`);
