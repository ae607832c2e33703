import { rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { npmScriptCommand } from "../test/support/npmScript.ts";
import type { CorpusPaths } from "./corpus.ts";
import { roundOrder } from "./ratios.ts";
import { NO_INDEX_VARIABLE } from "../src/eleventy/searchIndex.ts";
import { countPages, summarise, timed, type Run, type Summary } from "./measure.ts";

/** The cold build without search's index. */
export const UNINDEXED = "no-index";

export const PROJECT = resolve(import.meta.dirname, "..");
const ELEVENTY = join(PROJECT, "node_modules/@11ty/eleventy/cmd.cjs");

interface Builder {
  label: string;
  output: string;
  /** Untimed, before each run. */
  prepare?(): Promise<void>;
  run(): Promise<Run>;
}

/**
 * The product exactly as `npm run build` runs it, minus npm, in two states of its render cache
 * (`.cache/weekly/` beside content/): "cold" as on a fresh clone or after a code change, "warm"
 * as on a writer's next build (there, with no issue changed); and cold without a search index.
 */
function productBuilders(corpus: CorpusPaths, outputs: string): Builder[] {
  const output = join(outputs, "product");
  const cache = join(dirname(corpus.product), ".cache");
  const build = npmScriptCommand("build", [`--input=${corpus.product}`, `--output=${output}`]);
  // Whether the cache holds the last build's search index: a warm build must not make one.
  let indexKept = false;
  const run = async (indexed: boolean) => {
    const result = await timed(build.command, build.args, PROJECT, indexed ? {} : { [NO_INDEX_VARIABLE]: "0" });
    indexKept = indexed;
    return result;
  };
  const deleteCache = () => rm(cache, { recursive: true, force: true });
  return [
    { label: "cold", output, prepare: deleteCache, run: () => run(true) },
    // Paired with "cold", what search's index adds to a build (issue #17).
    { label: UNINDEXED, output, prepare: deleteCache, run: () => run(false) },
    {
      label: "warm",
      output,
      prepare: async () => {
        if (!indexKept || !existsSync(cache)) await run(true);
      },
      run: () => run(true),
    },
  ];
}

/** Eleventy's own CLI with a minimal config in the corpus folder. */
function bareBuilder(corpus: CorpusPaths, outputs: string): Builder {
  const output = join(outputs, "bare");
  return {
    label: "bare",
    output,
    run: () => timed(process.execPath, [ELEVENTY, "--config=eleventy.config.mjs", "--input=content", `--output=${output}`], corpus.bare),
  };
}

/**
 * Hugo over the same issue files (bench/hugo.ts). It keeps no cache between builds that this
 * site uses, so one Hugo build per round stands against both the cold and the warm product build.
 */
function hugoBuilder(site: string, outputs: string): Builder {
  const output = join(outputs, "hugo");
  return {
    label: "hugo",
    output,
    run: () => timed("hugo", ["--quiet", "--noBuildLock", "--source", site, "--destination", output], site),
  };
}

export interface BuildResult {
  label: string;
  seconds: Summary;
  peakMiB: Summary;
  pages: number;
  runs: Run[];
}

/**
 * Builds the corpus `runs` times with each builder (Hugo too when `hugoSite` is given),
 * alternating them (and which goes first) so a busy moment on the machine falls on all alike.
 */
export async function compareBuilds(corpus: CorpusPaths, outputs: string, runs: number, log: (line: string) => void, hugoSite?: string): Promise<BuildResult[]> {
  const builders = [...productBuilders(corpus, outputs), bareBuilder(corpus, outputs), ...(hugoSite ? [hugoBuilder(hugoSite, outputs)] : [])];
  const results = new Map<Builder, Run[]>(builders.map((b) => [b, []]));
  for (let i = 0; i < runs; i++) {
    for (const builder of roundOrder(builders, i)) {
      await builder.prepare?.();
      await rm(builder.output, { recursive: true, force: true });
      const run = await builder.run();
      results.get(builder)?.push(run);
      log(`  run ${i + 1}/${runs} ${builder.label}: ${run.seconds.toFixed(2)} s, ${run.peakMiB.toFixed(0)} MiB`);
    }
  }
  return Promise.all(
    builders.map(async (builder) => {
      const list = results.get(builder) ?? [];
      return {
        label: builder.label,
        seconds: summarise(list.map((r) => r.seconds)),
        peakMiB: summarise(list.map((r) => r.peakMiB)),
        pages: await countPages(builder.output),
        runs: list,
      };
    }),
  );
}
