import { Eleventy } from "@11ty/eleventy";
import { parseArgs } from "node:util";
import { publishAtomically } from "./publish.ts";
import { rootCause } from "./rootCause.ts";

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
      // One summary line, not a line per page: at 4,000 issues the console took 3 % of a build.
      quietMode: true,
    });
    await eleventy.write();
  });
} catch (error) {
  console.error(`\nBuild failed; ${values.output}/ was left as it was.\n`);
  console.error(rootCause(error));
  process.exitCode = 1;
}
