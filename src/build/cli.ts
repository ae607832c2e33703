import { parseArgs } from "node:util";
import { buildSite } from "../eleventy/builds.ts";
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
  await publishAtomically(values.output, (scratch) => buildSite(values.input, scratch, values.pathprefix));
} catch (error) {
  console.error(`\nBuild failed; ${values.output}/ was left as it was.\n`);
  console.error(rootCause(error));
  process.exitCode = 1;
}
