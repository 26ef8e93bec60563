// Scale: how the generators and their output grow with the size of the spec. For each N, a
// synthetic spec N times the real one (bench/scale/make-spec.mjs) goes through the real types
// and validators generators inside a scratch copy of the repo; the bench records codegen time,
// generated size, the size of a bundle with every validator, the time to compile the types to
// declarations and a small consumer's `tsc --noEmit` against them, then the growth factor
// from one N to the next. A growth clearly above the growth of N (e.g. > 13x for 10x) is
// flagged as superlinear.
//   node bench/scale.mjs [--n 1,10,100]        (standalone; `pnpm bench` runs it too)
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { getHeapStatistics } from "node:v8";
import { bundle } from "./lib/bundle-sizes.mjs";
import { copyRepo, removeCopy } from "./lib/repo-copy.mjs";
import { bytes, median, ratio, run, seconds, table } from "./lib/stats.mjs";
import { writeConsumerProject } from "./scale/consumer.mjs";
import { writeScaledSpec } from "./scale/make-spec.mjs";

const AJV_PATCH = fileURLToPath(new URL("./scale/ajv-linear-exports.cjs", import.meta.url));
const MAX_RSS = fileURLToPath(new URL("./scale/max-rss.cjs", import.meta.url));
/** Growth above this multiple of N's growth counts as superlinear. */
export const SUPERLINEAR = 1.3;

function folderBytes(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

/** What went wrong, in a few words, from a failed generator's output. */
function failureKind(error) {
  const text = String(error.message);
  if (text.includes("Maximum call stack size exceeded")) return "stack overflow";
  if (/heap out of memory|Allocation failed|signal 6|exited null/.test(text))
    return "out of memory";
  return (
    text
      .split("\n")
      .find((line) => /Error/.test(line))
      ?.slice(0, 120) ?? "failed"
  );
}

/** Runs a generator script; resolves its time and peak memory. */
async function runGenerator(args, { cwd, env = {} }) {
  const rssFile = join(tmpdir(), `users-api-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  const { ms } = await run(process.execPath, ["--require", MAX_RSS, ...args], {
    cwd,
    env: { ...env, USERS_API_MAX_RSS_FILE: rssFile },
  });
  const maxRss = Number(readFileSync(rssFile, "utf8"));
  rmSync(rssFile, { force: true });
  return { ms, maxRss };
}

/**
 * Runs the validators generator as it is; when it fails, runs it again with the two
 * mitigations the bench knows (Ajv's multi-export code built in linear time, a larger heap) so
 * the rest of the measurements can go on, and records both.
 */
async function generateValidators(root) {
  const validatorsDir = join(root, "packages/validators");
  const script = join(validatorsDir, "scripts/generate.mjs");
  try {
    return await runGenerator([script], { cwd: validatorsDir });
  } catch (error) {
    const heapMiB = Math.min(16384, Math.floor((totalmem() / 1024 ** 2) * 0.6));
    const args = [`--max-old-space-size=${heapMiB}`, "--require", AJV_PATCH, script];
    const result = await runGenerator(args, {
      cwd: validatorsDir,
      env: { USERS_API_AJV_FROM: validatorsDir },
    });
    return { ...result, failure: failureKind(error), mitigated: `Ajv patch + ${heapMiB} MiB heap` };
  }
}

async function measureN(root, n, rounds, log) {
  const dir = join(root, "bench-scale", `n${n}`);
  const specFile = join(root, "packages/spec/src/generated/openapi.json");
  const specBytes = writeScaledSpec(n, specFile);
  const typesDir = join(dir, "types");
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const projects = writeConsumerProject(dir, { root, typesDir, n });
  const samples = {
    typesGen: [],
    typesRss: [],
    validatorsGen: [],
    validatorsRss: [],
    typesBuild: [],
    consumer: [],
  };
  let validatorsNote;
  for (let round = 0; round < rounds; round++) {
    log(`scale N=${n}: round ${round + 1}/${rounds}`);
    const typesScript = join(root, "packages/types/scripts/generate.mjs");
    const types = await runGenerator([typesScript, "--spec", specFile, "--out", typesDir], {
      cwd: root,
    });
    samples.typesGen.push(types.ms);
    samples.typesRss.push(types.maxRss);
    const validators = await generateValidators(root);
    samples.validatorsGen.push(validators.ms);
    samples.validatorsRss.push(validators.maxRss);
    if (validators.failure) validatorsNote = validators;
    samples.typesBuild.push(
      (await run(process.execPath, [tsc, "-p", projects.build], { cwd: root })).ms,
    );
    samples.consumer.push(
      (await run(process.execPath, [tsc, "-p", projects.consumer], { cwd: root })).ms,
    );
  }
  const generatedValidators = join(root, "packages/validators/src/generated");
  const allValidators = await bundle(
    `export * from ${JSON.stringify(join(generatedValidators, "index.ts"))};`,
    { resolveDir: generatedValidators },
  );
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  return {
    n,
    rounds,
    specBytes,
    typesGenMs: m.typesGen,
    validatorsGenMs: m.validatorsGen,
    typesRss: m.typesRss,
    validatorsRss: m.validatorsRss,
    codegenMs: m.typesGen + m.validatorsGen,
    typesBytes: folderBytes(typesDir),
    validatorsBytes: folderBytes(generatedValidators),
    bundleMin: allValidators.initial.min,
    bundleGz: allValidators.initial.gz,
    typesBuildMs: m.typesBuild,
    consumerMs: m.consumer,
    validatorsNote,
  };
}

export const METRICS = [
  ["specBytes", "bundled spec", bytes],
  ["typesGenMs", "types codegen", seconds],
  ["validatorsGenMs", "validators codegen", seconds],
  ["codegenMs", "codegen total", seconds],
  ["typesRss", "types codegen, peak memory", bytes],
  ["validatorsRss", "validators codegen, peak memory", bytes],
  ["typesBytes", "generated types", bytes],
  ["validatorsBytes", "generated validators", bytes],
  ["bundleMin", "all validators, min", bytes],
  ["bundleGz", "all validators, min+gz", bytes],
  ["typesBuildMs", "types -> .d.ts (tsc)", seconds],
  ["consumerMs", "consumer tsc --noEmit", seconds],
];

/**
 * Growth of each metric from one N to the next, and which grew superlinearly. Fixed costs
 * (starting node, loading prettier or TypeScript) hide a superlinear part, so each step after
 * the first is also judged on the part above the smallest N ("marginal": (v - v1) / (v' - v1)
 * against (n - n1) / (n' - n1)), where that part is large enough (at least half of v1) for
 * timing noise not to dominate it.
 */
export function growth(rows) {
  const steps = [];
  const first = rows[0];
  for (let i = 1; i < rows.length; i++) {
    const [before, after] = [rows[i - 1], rows[i]];
    const nGrowth = after.n / before.n;
    const factors = Object.fromEntries(METRICS.map(([key]) => [key, after[key] / before[key]]));
    const nMarginal = i > 1 ? (after.n - first.n) / (before.n - first.n) : undefined;
    const marginal = {};
    if (nMarginal !== undefined) {
      for (const [key] of METRICS) {
        const grown = before[key] - first[key];
        if (grown >= first[key] / 2) marginal[key] = (after[key] - first[key]) / grown;
      }
    }
    const superlinear = METRICS.map(([key]) => key).filter(
      (key) =>
        factors[key] > nGrowth * SUPERLINEAR ||
        (marginal[key] !== undefined && marginal[key] > nMarginal * SUPERLINEAR),
    );
    steps.push({ from: before.n, to: after.n, nGrowth, factors, nMarginal, marginal, superlinear });
  }
  return steps;
}

export async function scale(
  root,
  { ns = [1, 10, 100], roundsFor = (n) => (n <= 10 ? 3 : 1), log = console.log } = {},
) {
  const rows = [];
  for (const n of ns) rows.push(await measureN(root, n, roundsFor(n), log));
  return { rows, steps: growth(rows) };
}

export function scaleMarkdown({ rows, steps }) {
  const header = [
    "",
    ...rows.map((r) => `N=${r.n}${r.rounds > 1 ? ` (median of ${r.rounds})` : " (1 run)"}`),
  ];
  const values = METRICS.map(([key, label, format]) => [label, ...rows.map((r) => format(r[key]))]);
  const growthHeader = ["", ...steps.map((s) => `N ${s.from} -> ${s.to} (${s.nGrowth}x)`)];
  const growthRows = METRICS.map(([key, label]) => [
    label,
    ...steps.map((s) => {
      const marginal =
        s.marginal[key] === undefined
          ? ""
          : ` (marginal ${ratio(s.marginal[key])} vs ${ratio(s.nMarginal)})`;
      return `${ratio(s.factors[key])}${marginal}${s.superlinear.includes(key) ? " **superlinear**" : ""}`;
    }),
  ]);
  const notes = rows
    .filter((r) => r.validatorsNote)
    .map(
      (r) =>
        `- N=${r.n}: the validators generator as it is **failed (${r.validatorsNote.failure})**; ` +
        `the figures above are from a second run with ${r.validatorsNote.mitigated} (see below).`,
    );
  return [
    table(header, values),
    "",
    'Growth factor per step. "marginal": growth of the part above N=1 (fixed costs removed),',
    "against the growth of N-1; shown where that part is at least half the N=1 value.",
    "",
    table(growthHeader, growthRows),
    ...(notes.length ? ["", ...notes] : []),
  ].join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { n: { type: "string" }, keep: { type: "boolean" } } });
  const ns = (values.n ?? "1,10,100").split(",").map(Number);
  const root = copyRepo();
  console.log(`scratch copy: ${root}`);
  try {
    const result = await scale(root, { ns });
    console.log(scaleMarkdown(result));
    writeFileSync(join(root, "scale.json"), JSON.stringify(result, null, 2));
  } finally {
    if (!values.keep) removeCopy(root);
  }
}

/** What the causes found so far look like, keyed by what the run detected. */
const KNOWN_CAUSES = {
  "stack overflow":
    "Ajv 8.20's `standaloneCode` with many exports (`multiExportsCode`) appends each export with " +
    "`` code = _`${code}…` ``, copying every code item emitted so far (quadratic time) and " +
    "spreading them as call arguments (`push(...items)`), which overflows the stack past some " +
    "tens of thousands of items (between N=40 and N=100 here). Fix, in the validators " +
    "generator: collect the per-export parts in a list and join them once. " +
    "bench/scale/ajv-linear-exports.cjs does exactly that as a run-time patch (output " +
    "byte-identical at N=1 and N=10; Ajv's share of the time then grows linearly: ~1.5 s at " +
    "N=10, ~13 s at N=100); in the package it would be a `pnpm patch` of ajv, or the same loop " +
    "written in compile-standalone.mjs.",
  validatorsGenMs:
    "A CPU profile of the validators generator at N=100 puts ~90% of its time in prettier and " +
    "the garbage collector, formatting the one generated Ajv module (see the memory finding).",
  "out of memory":
    "The generator formats the single generated Ajv module (`ajv/validators.js`, ~60 MB at " +
    "N=100) with one prettier call; prettier's document for a file that size, and the garbage " +
    "collection it causes, take most of the memory and ~90% of the time (CPU profile at N=100). " +
    "Fix: leave Ajv's output unformatted (Ajv's output is deterministic already; list the file " +
    "in .prettierignore, and consider Ajv's `code.lines` option for readable diffs), or emit one " +
    "Ajv module per schema so that each file is formatted on its own. Measured once while " +
    "investigating, with both fixes (linear Ajv exports, no prettier over Ajv's module): " +
    "1.0 s / 4.3 s / 28 s at N = 1 / 10 / 100, peak memory 0.14 / 0.37 / 1.1 GB.",
};

const gib = (value) => `${(value / 1024 ** 3).toFixed(1)} GiB`;

/** Markdown lines naming what grew superlinearly or failed, with the known causes. */
export function scaleFindings({ rows, steps }) {
  const lines = ["", "### Findings", ""];
  const heapLimit = getHeapStatistics().heap_size_limit;
  for (const step of steps) {
    for (const key of step.superlinear) {
      const label = METRICS.find(([k]) => k === key)[1];
      const marginal =
        step.marginal[key] === undefined
          ? ""
          : `; the part above N=${rows[0].n} grew ${ratio(step.marginal[key])} against ${ratio(step.nMarginal)} for N-${rows[0].n}`;
      lines.push(
        `- **${label}** grew ${ratio(step.factors[key])} from N=${step.from} to N=${step.to} ` +
          `(N grew ${step.nGrowth}x${marginal}).${KNOWN_CAUSES[key] ? ` ${KNOWN_CAUSES[key]}` : ""}`,
      );
    }
  }
  for (const row of rows.filter((r) => r.validatorsNote)) {
    const { failure } = row.validatorsNote;
    lines.push(
      `- **N=${row.n}: the validators generator failed (${failure}).** ${KNOWN_CAUSES[failure] ?? ""}`,
    );
    if (row.validatorsRss > heapLimit) {
      lines.push(
        `- **N=${row.n}: with that fixed, the validators generator peaked at ${gib(row.validatorsRss)}** ` +
          `of memory, over Node's default heap limit here (${gib(heapLimit)}): it completes only ` +
          `with a larger heap (\`--max-old-space-size\`) and runs out of memory without one. ` +
          KNOWN_CAUSES["out of memory"],
      );
    }
  }
  if (lines.length === 3) {
    lines.push(
      `Nothing grew more than ${SUPERLINEAR}x faster than N. Growth below N's comes from fixed costs`,
      "(process start, prettier and TypeScript loading) that a larger spec does not repeat.",
    );
  }
  return lines;
}
