import yaml from "js-yaml";

/**
 * Front matter is read with YAML's core schema everywhere (issues by our loader, the page
 * templates by Eleventy): the default schema turns `2020-02-30` into 1 March and `draft: no`
 * into `false`, silently. Under the core schema dates stay strings for the schema to check.
 */
export function parseYaml(source: string): unknown {
  return yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {};
}

export const grayMatterOptions = {
  engines: { yaml: (source: string) => parseYaml(source) as object },
};
