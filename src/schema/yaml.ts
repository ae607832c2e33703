import yaml from "js-yaml";

/**
 * Front matter is read with YAML's core schema everywhere (Eleventy and our own reader):
 * the default schema turns `2020-02-30` into 1 March and `draft: no` into `false`,
 * silently. Under the core schema dates stay strings for the schema to check.
 */
export function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
}

export const grayMatterOptions = {
  engines: { yaml: (source: string) => parseYaml(source) as object },
};

/**
 * Eleventy's reading of the same front matter, minus `tags`. Tags belong to the Catalog
 * (src/tags); from `tags` Eleventy would build a collection per tag, each one walking every
 * page, that no template reads: about a tenth of a 4,000-issue build.
 */
export const eleventyFrontMatterOptions = {
  engines: {
    yaml: (source: string) => {
      const data = parseYaml(source);
      if (typeof data === "object" && data !== null) delete (data as { tags?: unknown }).tags;
      return data as object;
    },
  },
};
