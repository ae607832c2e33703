// Compiles the project's TypeScript into a folder that mirrors it: src/**/*.ts and
// eleventy.config.ts as .js, .mjs as .mjs (their imports of .ts rewritten too), any other file
// copied as it is. Each module stays its own file, so import.meta.url keeps its meaning.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";

/** A compile that failed: each problem as `file:line:column: message`, with the line and a caret. */
export class CompileError extends Error {}

/**
 * esbuild bundles each entry alone with every import left external, the one way it rewrites an
 * import's path: `./issue.ts` becomes `./issue.js`.
 */
const importsAsCompiled = {
  name: "imports-as-compiled",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === "entry-point") return undefined;
      const relativeTs = /^\.\.?\//.test(args.path) && args.path.endsWith(".ts");
      return { path: relativeTs ? `${args.path.slice(0, -3)}.js` : args.path, external: true };
    });
  },
};

function problemText({ text, location }) {
  if (!location) return text;
  const caret = `${" ".repeat(location.column)}^`;
  return `${location.file}:${location.line}:${location.column + 1}: ${text}\n    ${location.lineText}\n    ${caret}`;
}

/** Compiles the sources (`sourceFiles`, relative to `project`) into `folder`; throws a CompileError. */
export async function compileInto(project, files, folder) {
  const { build, stop } = await import("esbuild");
  const options = {
    absWorkingDir: project,
    outdir: folder,
    outbase: ".",
    bundle: true,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node}`,
    // Maps without the sources' text: a stack trace names the .ts file and line in src/.
    sourcemap: true,
    sourcesContent: false,
    logLevel: "silent",
    plugins: [importsAsCompiled],
  };
  const typescript = files.filter((file) => file.endsWith(".ts"));
  const modules = files.filter((file) => file.endsWith(".mjs"));
  const others = files.filter((file) => file.startsWith("src/") && !file.endsWith(".ts") && !file.endsWith(".mjs"));
  try {
    const mjs = modules.length > 0 ? [build({ ...options, entryPoints: modules, outExtension: { ".js": ".mjs" } })] : [];
    await Promise.all([build({ ...options, entryPoints: typescript }), ...mjs]);
  } catch (error) {
    if (!Array.isArray(error.errors)) throw error;
    throw new CompileError(error.errors.map(problemText).join("\n"));
  } finally {
    // esbuild's service process would otherwise outlive the build by a moment.
    await stop();
  }
  for (const file of others) {
    mkdirSync(dirname(join(folder, file)), { recursive: true });
    copyFileSync(join(project, file), join(folder, file));
  }
}
