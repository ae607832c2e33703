import { fileURLToPath } from "node:url";
import { Eleventy, type UserConfig } from "@11ty/eleventy";
import { moduleBeside } from "../core/modules.ts";
import type { BuildModel } from "../model/buildModel.ts";
import { ISSUE_SCOPE_KEY, ISSUE_TEMPLATE } from "./issueTemplate.ts";
import { weeklyPlugin } from "./plugin.ts";

// eleventy.config.ts through tsx, its compiled eleventy.config.js in the compiled copy.
const CONFIG = fileURLToPath(moduleBeside(import.meta.url, "../../eleventy.config"));

/** A page as a build rendered it. */
export interface RenderedPage {
  inputPath: string;
  outputPath: string | false;
  /** Text, or bytes for the pages written as bytes (feeds). */
  content?: string | Buffer;
}

/**
 * `npm run build`: every published page written into `output`; returns how many files. Eleventy
 * prints nothing: the CLI says what happened, each problem once.
 */
export async function buildSite(input: string, output: string, pathPrefix: string): Promise<number> {
  // Quiet: a console line per page was 3 % of a build at 4,000 issues.
  const eleventy = new Eleventy(input, output, { configPath: CONFIG, pathPrefix, quietMode: true });
  eleventy.disableLogger();
  const [copies, pages] = await eleventy.write();
  return pages.filter((page) => page.outputPath).length + copiedFiles(copies).length;
}

/** The files the passthrough copies wrote, from Eleventy's report of them. */
const copiedFiles = (copies: unknown[]) => (copies as { map?: Record<string, string> }[]).flatMap((copy) => Object.values(copy.map ?? {}));

export interface BuildTarget {
  /** The content folder: the loader reads every issue in it whatever a build renders. */
  content: string;
  output: string;
  /**
   * Whether Eleventy may reuse the layouts and templates an earlier build of this process read
   * and compiled (default: no). Its cache is shared by every instance and never learns of an
   * edit, so this holds only until a layout or template is edited; reading and compiling them
   * afresh for every page made a whole build take twice as long.
   */
  reuseTemplates?: boolean;
}

/** `model`: the build's model, made by the caller, instead of the one the plugin would make. */
function eleventy(target: BuildTarget, model?: BuildModel, scope?: (config: UserConfig) => void): Eleventy {
  // "serve": the pages plugin shows drafts and future issues, marked, as in any dev build.
  const instance = new Eleventy(target.content, target.output, {
    configPath: CONFIG,
    runMode: "serve",
    quietMode: true,
    config(config) {
      // The one setting here that no documented API offers. Eleventy keeps every template and
      // layout it read in a cache shared by all instances of a process, which never learns of an
      // edit; the config API's setUseTemplateCache turns it off. An Eleventy upgrade that changes
      // either fails test/eleventy/builds.test.ts ("Eleventy's template cache").
      config.setUseTemplateCache(target.reuseTemplates ?? false);
      // This runs before the config file, and the plugin is unique: the config file's own
      // addPlugin is skipped (test/eleventy/builds.test.ts, "a model given to a render").
      if (model) config.addPlugin(weeklyPlugin, { model });
      scope?.(config);
    },
  });
  // The dev server reports each rebuild once, in its own words; build errors are thrown.
  instance.disableLogger();
  return instance;
}

export const isIssuePage = (page: RenderedPage) => page.inputPath.endsWith(ISSUE_TEMPLATE);

/** Writes every page and copies the assets, as `npm run build` does but with drafts shown. */
export async function buildAll(target: BuildTarget): Promise<{ pages: RenderedPage[]; copied: string[] }> {
  const [copies, pages] = await eleventy(target).write();
  return { pages, copied: copiedFiles(copies) };
}

/**
 * Renders only these issues' pages, without writing them: every other template (the listings,
 * in Nunjucks or TypeScript) is skipped, so the edited page is out before they are rendered.
 */
export function renderIssues(target: BuildTarget, files: string[], model?: BuildModel): Promise<RenderedPage[]> {
  return eleventy(target, model, (config) => {
    config.addGlobalData(ISSUE_SCOPE_KEY, files);
    config.addPreprocessor("dev-issues-only", "*", (data: { page: { inputPath: string } }) =>
      data.page.inputPath.endsWith(ISSUE_TEMPLATE) ? undefined : false,
    );
  }).toJSON();
}

/** Renders only the listings (home, archive, root, 404, tags, feeds, sitemap…), from every issue. */
export const renderListings = (target: BuildTarget, model?: BuildModel) =>
  eleventy(target, model, (config) => config.addGlobalData(ISSUE_SCOPE_KEY, [])).toJSON();
