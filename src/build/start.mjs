// `npm run build` starts here, in JavaScript: it runs the build from a compiled copy of the code
// (src/build/compiled/), made again only when a source changed, so no TypeScript is transpiled
// at start: a warm build of the sample site takes 0.76× the CPU it took through tsx's hooks
// (0.72–0.87, 10 paired runs, 7 December 2026; docs/performance.md, "Start-up").
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CompileError } from "./compiled/compile.mjs";
import { compiledCopy } from "./compiled/compiledCopy.mjs";

const project = resolve(fileURLToPath(new URL("../..", import.meta.url)));

async function copyOrExit() {
  try {
    return await compiledCopy(project);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    console.error(error.message);
    console.error("Build failed: the code does not compile; fix the line above. Nothing was published.");
    process.exit(1);
  }
}

const copy = await copyOrExit();
// Eleventy registers a module resolver on Node 20 that runs every later import through a hooks
// thread, so that watch mode can import an edited JavaScript file afresh; a build imports each
// file once. Skipped (Eleventy's own switch): a warm build of the sample site took 0.91× the
// time (0.85–0.96, 20 paired runs), at 4,000 issues 0.97×, 8 December 2026; the bytes written
// are the same (test/build/compiledStart.test.ts builds through tsx, with the resolver).
process.env.ELEVENTY_SKIP_ESM_RESOLVER = "1";
// A stack trace then names the .ts file and line, as it did through tsx.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(copy, "src/build/cli.js")).href);
