// `pnpm bench`: every benchmark of the repo in one run, written to bench/results.md.
// Everything runs in a scratch copy of the working tree (bench/lib/repo-copy.mjs), so the
// checkout is never regenerated or rebuilt by the bench; only bench/results.md is written.
//   node bench/run.mjs                      everything (~10 minutes on 2 cores)
//   node bench/run.mjs --only dev,scale     some sections; prints them instead of writing
//   node bench/run.mjs --scale 1,10         other spec sizes for the scale section
//   node bench/run.mjs --keep               keep the scratch copy (its path is printed)
// Interrupted (Ctrl-C, SIGTERM, SIGHUP), the bench stops every process it started, removes the
// scratch copy (unless --keep) and exits 128 + the signal's number (bench/lib/processes.mjs).
import { rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bundleSizes } from "./lib/bundle-sizes.mjs";
import { coldStarts } from "./lib/cold-start.mjs";
import { devLoop } from "./lib/dev-loop.mjs";
import { load, machine } from "./lib/machine.mjs";
import { packageBenches } from "./lib/package-benches.mjs";
import { pipeline, TURBO_ENV } from "./lib/pipeline.mjs";
import { interrupted, onInterrupt, stopProcessesIn } from "./lib/processes.mjs";
import { copyRepo, removeCopy, repoRoot } from "./lib/repo-copy.mjs";
import { bytes, millis, ratio, run, seconds, table } from "./lib/stats.mjs";
import { scale, scaleFindings, scaleMarkdown } from "./scale.mjs";

const SECTIONS = ["pipeline", "packages", "bundles", "cold", "dev", "scale"];
const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    scale: { type: "string", default: "1,10,100" },
    keep: { type: "boolean", default: false },
  },
});
const only = args.only ? args.only.split(",") : SECTIONS;
for (const name of only) {
  if (!SECTIONS.includes(name)) throw new Error(`unknown section ${name}; one of ${SECTIONS}`);
}
const full = only.length === SECTIONS.length;
const log = (message) => console.log(`[bench] ${message}`);

const started = performance.now();
const info = machine();
const loadBefore = load();
const root = copyRepo({ withDist: false });
onInterrupt(async () => {
  // Kept or not, nothing may go on working in the copy.
  await stopProcessesIn(root);
  if (args.keep) log(`kept ${root}`);
  else removeCopy(root);
  // bench/scale.mjs's peak-memory file, if a generator was running.
  rmSync(join(tmpdir(), `users-api-bench-rss-${process.pid}`), { force: true });
});
log(`scratch copy of the working tree: ${root}`);
const md = {};

try {
  // First: the pipeline section, which builds the copy that the other sections need; without it,
  // an untimed build (not for the dev section alone: its watcher builds the copy when it starts).
  if (only.includes("pipeline")) {
    log("pipeline: cold build, pnpm generate --force, no-change pnpm build, consumer tsc");
    const p = await pipeline(root, 3);
    md.pipeline = [
      `Medians of ${p.rounds} rounds, in a scratch copy of the working tree. Baselines from the same run:`,
      "starting pnpm + turbo (`pnpm exec turbo --version`) and `tsc --noEmit` on an empty file with the",
      "repo's compiler options.",
      "",
      table(
        ["step", "time", "baseline", "ratio"],
        [
          ["first `pnpm build` (empty turbo cache, 1 run)", seconds(p.coldBuildMs), "", ""],
          ["`pnpm generate --force` (all generators)", seconds(p.generate.median), "", ""],
          [
            "no-change `pnpm build` (FULL TURBO, asserted)",
            seconds(p.build.median),
            seconds(p.turboStart.median),
            ratio(p.build.median / p.turboStart.median),
          ],
          [
            "examples/consumer `tsc --noEmit`",
            seconds(p.consumer.median),
            seconds(p.tscEmpty.median),
            ratio(p.consumer.median / p.tscEmpty.median),
          ],
        ],
      ),
    ].join("\n");
  } else if (only.some((name) => name !== "dev")) {
    log("building the scratch copy (pnpm build)");
    await run("pnpm", ["build"], { cwd: root, env: TURBO_ENV });
  }

  if (only.includes("packages")) {
    for (const section of await packageBenches(root, { log })) {
      md[`package:${section.name}`] =
        `${section.markdown}\n\n(\`pnpm --filter ${section.name} bench\`, ${seconds(section.ms)})`;
    }
  }

  if (only.includes("bundles")) {
    log("bundle sizes");
    const rows = await bundleSizes(root);
    md.bundles = [
      "esbuild, minified ESM, dependencies bundled, peer dependencies and `node:` built-ins external;",
      "gzip level 9. `*` = the whole entry; `{ name }` = a consumer importing only that (tree-shaken).",
      '"lazy" = code behind a dynamic `import()`, loaded only when used.',
      "",
      table(
        ["entry", "import", "min", "min+gz", "lazy min", "lazy min+gz"],
        rows.map((r) => [
          `\`${r.entry}\``,
          r.kind === "asset" ? "(file)" : `\`${r.kind}\``,
          bytes(r.initial.min),
          bytes(r.initial.gz),
          r.lazy?.min ? bytes(r.lazy.min) : "",
          r.lazy?.min ? bytes(r.lazy.gz) : "",
        ]),
      ),
    ].join("\n");
  }

  if (only.includes("cold")) {
    log("cold starts");
    const c = await coldStarts(root, [
      "types",
      "spec",
      "validators",
      "fetch-client",
      "mock-server",
    ]);
    md.cold = [
      `A fresh \`node\` process importing the package's main entry, median of ${c.rounds} runs, interleaved`,
      `with a \`node --input-type=module -e ""\` baseline (${millis(c.baselineMs)}).`,
      "",
      table(
        ["package", "process", "import cost", "x baseline"],
        c.rows.map((r) => [`\`${r.name}\``, millis(r.ms), millis(r.importMs), ratio(r.ratio)]),
      ),
    ].join("\n");
  }

  if (only.includes("dev")) {
    const d = await devLoop(root, { rounds: 2, log });
    const m = d.medians;
    md.dev = [
      `\`pnpm dev\` (scripts/dev.mjs) running in the scratch copy; each edit adds a property to \`OrgUser\` in`,
      `spec/openapi.yaml. Time from the save until the change is in each output, median of ${d.rounds} edits.`,
      "",
      table(
        ["the edit reached", "after"],
        [
          ["`@users-api/spec` dist/generated/openapi.json", seconds(m.spec)],
          ["`@users-api/types` dist (.d.ts)", seconds(m.types)],
          [
            "a consumer's `tsc --noEmit` that needs the new property (started when the types landed)",
            seconds(m.consumer),
          ],
          ["`@users-api/validators` dist", seconds(m.validators)],
          ["every package rebuilt (`[dev] up to date`)", seconds(m.done)],
        ],
      ),
      "",
      `A broken spec saved while watching: error reported ${d.errorHandling.reported ? "yes" : "NO"}, ` +
        `watcher kept running ${d.errorHandling.keptRunning ? "yes" : "NO"}; restoring the spec brought it back to "up to date".`,
    ].join("\n");
  }

  if (only.includes("scale")) {
    const ns = args.scale.split(",").map(Number);
    const s = await scale(root, { ns, log });
    md.scale = [
      "A synthetic spec N times the real one (bench/scale/make-spec.mjs: N copies of every path and",
      "component, names suffixed, refs rewritten) through the real generators. Sizes are bytes on disk;",
      '"all validators" is one esbuild bundle of every generated validator. Consumer: a small file',
      "importing a few types from the declarations compiled from the generated types.",
      "",
      scaleMarkdown(s),
      ...scaleFindings(s),
    ].join("\n");
  }
} catch (error) {
  // Interrupted: the sections fail as their processes are stopped. Wait here, for the cleanup
  // that processes.mjs runs and that ends the process, rather than exit 1 with their errors.
  if (interrupted()) await new Promise(() => {});
  throw error;
} finally {
  if (args.keep) log(`kept ${root}`);
  else removeCopy(root);
}

const totalMs = performance.now() - started;
const order = [
  ["package:@users-api/validators", "Validators: throughput and cold start"],
  ["package:@users-api/fetch-client", "Fetch client: per-request overhead"],
  ["package:@users-api/mock-server", "Mock server: throughput under load"],
  ["bundles", "Bundle sizes"],
  ["cold", "Cold start"],
  ["pipeline", "Pipeline: generate, build, type-check"],
  ["dev", "Regeneration loop (`pnpm dev`)"],
  ["scale", "Scale"],
];
const known = new Set(order.map(([key]) => key));
const extra = Object.keys(md)
  .filter((key) => !known.has(key))
  .map((key) => [key, key.replace(/^package:/, "")]);
const body = [...order, ...extra]
  .filter(([key]) => md[key])
  .map(([key, title]) => `## ${title}\n\n${md[key]}\n`)
  .join("\n");

const header = `# Benchmark results

Written by \`pnpm bench\` (bench/run.mjs); see bench/README.md for what each number means and
how to reproduce it. Absolute times depend on the machine and on what else it runs; the ratios,
measured against baselines in the same run, travel better.

| | |
| --- | --- |
| date | ${info.date} |
| machine | ${info.cpu}, ${info.cores} cores, ${info.memoryGiB.toFixed(1)} GiB memory, ${info.os} |
| Node / pnpm | ${info.node} / ${info.pnpm} |
| load average (1/5/15 min) | before ${loadBefore}; after ${load()} |
| whole run | ${(totalMs / 60000).toFixed(1)} minutes |
`;
const markdown = `${header}\n${body}`;

if (full) {
  writeFileSync(join(repoRoot, "bench/results.md"), markdown);
  log(`wrote bench/results.md in ${(totalMs / 60000).toFixed(1)} minutes`);
} else {
  console.log(markdown);
}
