import { cpus, loadavg, totalmem } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { compareBuilds, PROJECT, type BuildResult } from "./builds.ts";
import { writeCorpus } from "./corpus.ts";
import { measureDevServer, type DevServerResult } from "./devServer.ts";
import { requireGnuTime } from "./measure.ts";
import { printReport } from "./report.ts";

const USAGE = `npm run bench [-- --sizes=1000,4000 --runs=5 --edits=3 --no-dev --start="tsx …" --dir=.bench]
  --sizes  issue files per corpus (half zh-tw, half their en translations)
  --runs   builds of each kind per size, alternating product and bare Eleventy (0: dev server only)
  --edits  dev-server edits, on the largest corpus
  --no-dev skip the dev-server measurement
  --start  a dev-server command to measure instead of package.json's "start"
  --dir    where corpora and outputs go (another folder keeps two benches from rewriting each other's corpus)`;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000" },
    runs: { type: "string", default: "5" },
    edits: { type: "string", default: "3" },
    "no-dev": { type: "boolean", default: false },
    start: { type: "string" },
    dir: { type: "string", default: ".bench" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
const edits = Number(values.edits);
if (sizes.some((n) => !Number.isInteger(n) || n < 2) || !(runs >= 0) || !(edits >= 1)) {
  console.error(`bad option; ${USAGE}`);
  process.exit(2);
}
requireGnuTime();

const log = (line: string) => console.log(line);
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const loadBefore = loadavg()[0] as number;
log(`bench: ${machine}; load ${loadBefore.toFixed(2)}`);

const builds = new Map<number, BuildResult[]>();
let dev: DevServerResult | undefined;
for (const size of sizes) {
  log(`corpus of ${size} issue files`);
  const corpus = await writeCorpus(resolve(PROJECT, values.dir, `n${size}`), size);
  if (runs > 0) builds.set(size, await compareBuilds(corpus, runs, log));
  if (!values["no-dev"] && size === Math.max(...sizes)) {
    // The second-newest main-language issue is on every listing and has both neighbours.
    const pairs = Math.ceil(size / 2);
    const name = `www-0x${(pairs - 1).toString(16).toUpperCase().padStart(3, "0")}`;
    dev = await measureDevServer(corpus.product, corpus.root, { lang: "zh-tw", name }, edits, log, values.start);
  }
}
const failed = printReport({ machine, load: [loadBefore, loadavg()[0] as number], builds, dev }, log);
process.exitCode = failed ? 1 : 0;
