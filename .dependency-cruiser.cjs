// The layers of src/, lowest first: a module imports only from its own layer or a lower one.
// `npm test` runs this file (test/architecture/layers.test.ts); docs/architecture.md explains the layers.
const LAYERS = ["core", "cache", "content", "model", "views", "eleventy", "build|dev|author|mail"];

const upwardImports = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer.replace("|", "-")}-imports-upward`,
  comment: `src/${layer}/ may import only from ${LAYERS.slice(0, i + 1).join(", ")}`,
  severity: "error",
  from: { path: `^src/(${layer})/` },
  to: { path: `^src/(${LAYERS.slice(i + 1).join("|")})/` },
}));

module.exports = {
  forbidden: [
    ...upwardImports,
    {
      name: "no-circular",
      comment: "a cycle makes two modules one concern in two files",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "build-imports-dev",
      comment: "the one-off build never needs the dev server",
      severity: "error",
      from: { path: "^src/build/" },
      to: { path: "^src/dev/" },
    },
    {
      name: "eleventy-outside-its-layer",
      comment: "src/eleventy/ is the only code that talks to Eleventy",
      severity: "error",
      from: { path: "^src/", pathNot: "^src/eleventy/" },
      to: { path: "node_modules/@11ty/eleventy/" },
    },
    {
      name: "config-only-registers",
      comment: "eleventy.config.ts adds the one plugin and nothing else",
      severity: "error",
      from: { path: "^eleventy\\.config\\.ts$" },
      to: { path: "^src/", pathNot: "^src/eleventy/plugin\\.ts$" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: "no-tests-from-src",
      comment: "production code never imports test code",
      severity: "error",
      from: { path: "^(src|eleventy\\.config\\.ts)" },
      to: { path: "^test/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".mjs", ".js", ".d.ts"],
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default"],
    },
  },
};
