import { Eleventy } from "@11ty/eleventy";
import { parseArgs } from "node:util";
import { publishAtomically } from "./publish.ts";

/**
 * `npm run build [-- --pathprefix=/weekly/]`: builds into a scratch folder and swaps it in
 * only when the whole build succeeded, so a failure leaves the previous `_site/` untouched.
 */
const { values } = parseArgs({
  options: {
    pathprefix: { type: "string" },
    input: { type: "string", default: "content" },
    output: { type: "string", default: "_site" },
  },
});

try {
  await publishAtomically(values.output, async (scratch) => {
    const eleventy = new Eleventy(values.input, scratch, {
      configPath: "eleventy.config.ts",
      pathPrefix: values.pathprefix,
    });
    await eleventy.write();
  });
} catch (error) {
  console.error(`\nBuild failed; ${values.output}/ was left as it was.\n`);
  console.error(rootCause(error));
  process.exitCode = 1;
}

/** Eleventy wraps errors in its own ("Error processing the plugin"); authors need the innermost. */
function rootCause(error: unknown): string {
  let current = error;
  for (;;) {
    const inner = (current as { originalError?: unknown; cause?: unknown } | undefined)?.originalError ??
      (current as { cause?: unknown } | undefined)?.cause;
    if (!(inner instanceof Error)) break;
    current = inner;
  }
  return current instanceof Error ? current.message : String(current);
}
