import yaml, { type YAMLException } from "js-yaml";
import { FrontMatterError } from "../errors.ts";
import { splitLines } from "../lines.ts";
import { describeYamlError } from "./yamlErrors.ts";

/**
 * Front matter is read with YAML's core schema everywhere (issues by our loader, the page
 * templates by Eleventy): the default schema turns `2020-02-30` into 1 March and `draft: no`
 * into `false`, silently. Under the core schema dates stay strings for the schema to check.
 *
 * `source` is a block as gray-matter hands it over: it starts on the file's first line, right
 * after the `---`, so its lines counted from 1 are the file's. A mistake is thrown as a
 * FrontMatterError on the line of its cause.
 */
export function parseYaml(source: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    throw mistakeIn(source, error);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    const line = splitLines(source).findIndex((text) => text.trim() !== "");
    throw new FrontMatterError("front matter is not a list of keys; write each field as key: value, such as title: …", line + 1);
  }
  return data as Record<string, unknown>;
}

/**
 * A block js-yaml refused, read once more with a listener that notes where each node starts: an
 * unclosed quote or bracket is found only at the end, and the nodes still open lead back to it.
 * Only a refused block is read twice; listening on every read cost 4 ms per 1,000 issues.
 */
function mistakeIn(source: string, error: YAMLException): FrontMatterError {
  const open: number[] = [];
  try {
    yaml.load(source, {
      schema: yaml.CORE_SCHEMA,
      listener: (event, state) => (event === "open" ? open.push(state.position) : open.pop()),
    });
  } catch {
    // The same error as the first reading: `open` now holds the nodes it left open.
  }
  const mistake = describeYamlError(source, error, open);
  return new FrontMatterError(mistake.message, mistake.line);
}

/**
 * gray-matter hands an engine the file's path only when Eleventy calls it; Eleventy's message
 * then names the file and ours the line, so a page template's message says both.
 */
function located(parse: (source: string) => object) {
  return (source: string, options?: { filePath?: string }) => {
    try {
      return parse(source);
    } catch (error) {
      if (!(error instanceof FrontMatterError) || !options?.filePath) throw error;
      throw new Error(`${options.filePath}:${error.line}: ${error.message}`);
    }
  };
}

const refuse = (language: string) =>
  located(() => {
    throw new FrontMatterError(`front matter in ${language} is not accepted; write it as YAML between --- lines`, 1);
  });

/**
 * YAML only, for issues and page templates alike. gray-matter adds its own engines to these
 * (`json`, and `javascript`, which evals the block; `js` is its alias) and Eleventy its
 * `javascript` (which runs the block), `jsLegacy` and `node`: each is replaced by a refusal, so
 * no front matter runs as code. A language no engine is named for is refused by gray-matter.
 */
export const grayMatterOptions = {
  engines: {
    yaml: located(parseYaml),
    ...Object.fromEntries(["javascript", "js", "jsLegacy", "node", "json", "coffee"].map((name) => [name, refuse(name)])),
  },
};
