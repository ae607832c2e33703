import type { UserConfig } from "@11ty/eleventy";
import { eleventyOptions, layoutsFolder, weeklyPlugin } from "./src/eleventy/plugin.ts";

export default function (eleventyConfig: UserConfig) {
  // Eleventy takes directories from the config file only, not from a plugin.
  eleventyConfig.setIncludesDirectory(layoutsFolder(eleventyConfig));
  eleventyConfig.addPlugin(weeklyPlugin);
}

export const config = eleventyOptions;
