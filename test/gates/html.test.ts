import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, StaticConfigLoader, type ConfigData } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../support/buildSite.ts";
import { buildSampleSite, type SampleSite } from "../support/sampleSite.ts";

// The project's own config, whatever folder the site was built into.
const config = JSON.parse(await readFile(join(projectRoot, ".htmlvalidate.json"), "utf8")) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

describe("HTML gate: html-validate over every page of the sample site", () => {
  let site: SampleSite;
  beforeAll(async () => {
    site = await buildSampleSite();
  });

  it("finds no error in any .html file", async () => {
    expect(site.pages.length).toBeGreaterThan(0);
    const errors: string[] = [];
    for (const page of site.pages) {
      const report = await validator.validateString(await site.read(page), page);
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});
