import { cpus, loadavg, totalmem } from "node:os";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { compareBuilds, PROJECT, type BuildResult } from "./builds.ts";
import { claimFolder } from "./claimFolder.ts";
import { writeCorpus } from "./corpus.ts";
import { measureDevServer, type DevServerResult } from "./devServer.ts";
import { requireGnuTime } from "./measure.ts";
import { hugoVersion, writeHugoSite } from "./hugo.ts";
import { printReport } from "./report.ts";
import { measureSearch, type SearchResult } from "./search.ts";
import { measureRelated } from "./related.ts";

const USAGE = `npm run bench [-- --sizes=1000,4000 --runs=5 --edits=3 --no-dev --images --start="tsx …" --dir=.bench]
  --sizes  issue files per corpus (half zh-tw, half their en translations)
  --runs   builds of each kind per size, alternating product, bare Eleventy and Hugo (0: dev server only)
  --edits  dev-server edits, on the largest corpus
  --no-dev skip the dev-server measurement
  --images two images beside every issue (cold: processed; warm: from the image cache)
  --start  a dev-server command to measure instead of package.json's "start"
  --dir    where corpora go (another folder keeps two benches from rewriting each other's corpus)
  --out    where built sites go; by default a folder in /dev/shm (memory) where there is one`;

const OPTIONS = {
  sizes: { type: "string", default: "1000,4000" },
  runs: { type: "string", default: "5" },
  edits: { type: "string", default: "3" },
  "no-dev": { type: "boolean", default: false },
  images: { type: "boolean", default: false },
  start: { type: "string" },
  dir: { type: "string", default: ".bench" },
  out: { type: "string" },
  help: { type: "boolean", default: false },
} as const;

function flags() {
  try {
    return parseArgs({ options: OPTIONS }).values;
  } catch (error) {
    // An unknown or malformed flag: what was wrong, and every valid one.
    console.error(`npm run bench: ${(error as Error).message.split(". ")[0]}\n${USAGE}`);
    process.exit(2);
  }
}
const values = flags();
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
const hugo = hugoVersion();
log(hugo ? `Hugo: ${hugo}` : "Hugo: not found (no `hugo` on the PATH), so the bench skips it; apt-get install hugo to compare with it");

// Built sites go to memory when it can: this machine's disk (ext4 without a journal) skips
// recently freed inodes one by one when it creates files, so a site written within minutes of
// deleting one took up to ten times as long to create (the folders and files of 4,000 pages:
// 0.4 s, or 2–4 s just after a bench run), and every figure depended on what had been deleted.
const outputs = resolve(values.out ?? (existsSync("/dev/shm") ? join("/dev/shm", "weekly-bench") : join(values.dir, "out")));
log(`sites are written to ${outputs}`);

try {
  await claimFolder(outputs);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const builds = new Map<number, BuildResult[]>();
const search = new Map<number, SearchResult>();
let dev: DevServerResult | undefined;
// The sites sit in memory: they go however the bench ends.
try {
  for (const size of sizes) {
    log(`corpus of ${size} issue files`);
    const corpus = await writeCorpus(resolve(PROJECT, values.dir, `n${size}${values.images ? "-images" : ""}`), size, values.images);
    if (runs > 0) {
      const hugoSite = hugo ? await writeHugoSite(corpus.product, join(corpus.root, "hugo")) : undefined;
      const results = await compareBuilds(corpus, join(outputs, `n${size}`), runs, log, hugoSite);
      builds.set(size, results);
      // The product's last build is still there; the browser measures the largest site only.
      search.set(size, await measureSearch(join(outputs, `n${size}`, "product"), corpus.product, runs, size === Math.max(...sizes), log));
      const related = await measureRelated(corpus.product, runs);
      const cold = results.find((result) => result.label === "cold")?.seconds.median ?? NaN;
      const { median, min, max } = related.seconds;
      const cpu = related.cpuSeconds.median;
      log(`related issues over ${related.issues} issues: ${(median * 1000).toFixed(1)} ms wall (${(min * 1000).toFixed(1)}–${(max * 1000).toFixed(1)}), ${(cpu * 1000).toFixed(1)} ms CPU; ${((median / cold) * 100).toFixed(2)} % of the cold build's median wall`);
    }
    if (!values["no-dev"] && size === Math.max(...sizes)) {
      // The second-newest main-language issue is on every listing and has both neighbours.
      const pairs = Math.ceil(size / 2);
      const name = `www-0x${(pairs - 1).toString(16).toUpperCase().padStart(3, "0")}`;
      dev = await measureDevServer(corpus.product, corpus.root, join(outputs, "dev"), { lang: "zh-tw", name }, edits, log, values.start);
    }
  }
} finally {
  await rm(outputs, { recursive: true, force: true });
}
const failed = printReport({ machine, load: [loadBefore, loadavg()[0] as number], builds, search, dev }, log);
process.exitCode = failed ? 1 : 0;
