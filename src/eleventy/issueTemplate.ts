import type { UserConfig } from "@11ty/eleventy";
import type { BuildModel } from "../model/buildModel.ts";
import { issueView, type IssueView } from "../views/pages/issuePage.ts";

/** The virtual template that writes every issue page. */
export const ISSUE_TEMPLATE = "pages/issue.11ty.js";

/** Global data a build sets to render only these issue files' pages (the dev server's partial builds). */
export const ISSUE_SCOPE_KEY = "issueScope";

/**
 * Issue pages come from one paginated template over the loader's issues, not from Eleventy
 * reading each markdown file: the loader has already read, checked and rendered every issue,
 * and a template per file made Eleventy read and parse each one again (a sixth of a build at
 * 4,000 issues). Each page's data is its finished view.
 */
export function addIssueTemplate(eleventyConfig: UserConfig, current: () => BuildModel): void {
  eleventyConfig.addTemplate(ISSUE_TEMPLATE, (data: { view: IssueView }) => data.view.body, {
    layout: "issue.njk",
    pagination: {
      // The nominal items; `before` puts this build's issue views in their place.
      data: "languages",
      size: 1,
      alias: "view",
      addAllPagesToCollections: true,
      before: (_languages: unknown, data: Record<string, unknown>) => {
        const { catalog } = current();
        const scope = data[ISSUE_SCOPE_KEY] as string[] | undefined;
        // Looked up, not filtered: resolving 4,000 paths was a sixth of rendering one edited page.
        const chosen = scope ? scope.flatMap((file) => catalog.issueAt(file) ?? []) : catalog.issues;
        return chosen.map((issue) => issueView(current(), issue));
      },
    },
    // A function, not a template string: Eleventy compiles a string permalink for every page.
    permalink: (data: { view: IssueView }) => data.view.path,
  });
}
