import { describe, expect, it } from "vitest";
import { moduleBeside, projectOf } from "../../src/core/modules.ts";

describe("projectOf", () => {
  it("is the folder above src/ for a module run from its source", () => {
    expect(projectOf("file:///work/weekly/src/core/modules.ts")).toBe("/work/weekly");
  });

  it("is the project holding the compiled copy for a module run from it", () => {
    expect(projectOf("file:///work/weekly/.cache/compiled/Ab3_x-9/src/eleventy/builds.js")).toBe("/work/weekly");
  });

  it("is not fooled by a project that merely sits in a folder named compiled", () => {
    expect(projectOf("file:///home/me/compiled/weekly/src/core/modules.ts")).toBe("/home/me/compiled/weekly");
  });
});

describe("moduleBeside", () => {
  it("names the module with the running module's extension: .ts through tsx, .js compiled", () => {
    expect(moduleBeside("file:///p/src/eleventy/builds.ts", "../../eleventy.config").href).toBe("file:///p/eleventy.config.ts");
    expect(moduleBeside("file:///p/.cache/compiled/x/src/eleventy/builds.js", "./worker").href).toBe("file:///p/.cache/compiled/x/src/eleventy/worker.js");
  });
});
