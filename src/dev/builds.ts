import { Eleventy, type UserConfig } from "@11ty/eleventy";
import { relative } from "node:path";
import type { RenderedPage } from "./writer.ts";

const CONFIG = "eleventy.config.ts";

export interface BuildTarget {
  /** The content folder: the loader reads every issue in it whatever a build renders. */
  content: string;
  output: string;
}

function eleventy(target: BuildTarget, input: string, scope?: (config: UserConfig) => void): Eleventy {
  // "serve": the pages plugin shows drafts and future issues, marked, as in any dev build.
  const instance = new Eleventy(input, target.output, {
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
  instance.disableLogger();
  return instance;
}

/** Writes every page and copies the assets, as `npm run build` does but with drafts shown. */
export async function buildAll(target: BuildTarget): Promise<{ pages: RenderedPage[]; copied: string[] }> {
  const [copies, pages] = await eleventy(target, target.content).write();
  const copied = (copies as { map?: Record<string, string> }[]).flatMap((copy) => Object.values(copy.map ?? {}));
  return { pages, copied };
}

// Glob characters in a file name must match themselves.
const literal = (path: string) => path.replace(/[\\*?[\](){}!+@,]/g, "\\$&");

/**
 * Renders only these issues' pages, without writing them: the listings (virtual templates,
 * which join every build) are skipped, so the edited page is out before they are rendered.
 */
export function renderIssues(target: BuildTarget, files: string[]): Promise<RenderedPage[]> {
  const names = files.map((file) => literal(relative(target.content, file)));
  const input = names.length === 1 ? (files[0] as string) : `${literal(target.content)}/{${names.join(",")}}`;
  return eleventy(target, input, (config) => config.addPreprocessor("dev-issues-only", "njk", () => false)).toJSON();
}

/** Renders only the listings (home, archive, root, 404, tags, feeds, sitemap…), from every issue. */
export const renderListings = (target: BuildTarget) =>
  // A glob that matches no file: the virtual templates are the whole build.
  eleventy(target, `${literal(target.content)}/**/*.listings-only`).toJSON();
