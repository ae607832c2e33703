import type { UserConfig } from "@11ty/eleventy";

/** The stylesheet, favicon and scripts are served from the site itself, never another host. */
export function assetsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addPassthroughCopy({ assets: "assets" });
  // Nunjucks escapes every value by default; state it, since Liquid would not.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
}
