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
// A stack trace then names the .ts file and line, as it did through tsx.
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(copy, "src/build/cli.js")).href);
