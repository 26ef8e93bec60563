// Scale: how the generators and their output grow with the size of the spec. For each N, a
// synthetic spec N times the real one (bench/scale/make-spec.mjs) goes through the real types
// and validators generators (`--spec`/`--out`, so nothing of the repo is overwritten; the
// validators go next to src/generated in the scratch copy, where their relative imports
// resolve); the bench records codegen time and peak memory, generated size, the size of a bundle
// with every validator, the time to compile the types to declarations and a small consumer's
// `tsc --noEmit` against them, then the growth factor from one N to the next. A growth clearly
// above the growth of N (e.g. > 13x for 10x) is flagged as superlinear. A generator that fails
// at some N is reported with its error, and that N is left out of the growth table.
//   node bench/scale.mjs [--n 1,10,100]        (standalone; `pnpm bench` runs it too)
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundle } from "./lib/bundle-sizes.mjs";
import { copyRepo, removeCopy } from "./lib/repo-copy.mjs";
import { bytes, median, ratio, run, seconds, table } from "./lib/stats.mjs";
import { writeConsumerProject } from "./scale/consumer.mjs";
import { writeScaledSpec } from "./scale/make-spec.mjs";

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

/**
 * The modules that list every schema (the barrels, lazy.ts's table of import()s) grow with the
 * spec by design; every other generated module belongs to one schema or definition.
 */
const LIST_MODULES = new Set(["index.ts", "lazy.ts", "ajv/validators.js", "ajv/guards.js"]);

/** The largest generated module that belongs to one schema: `{ bytes, file }`. */
export function largestSchemaModule(dir, base = dir) {
  let largest = { bytes: 0, file: "" };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const file = relative(base, path).split(sep).join("/");
    const found = entry.isDirectory()
      ? largestSchemaModule(path, base)
      : /\.(js|ts)$/.test(entry.name) && !entry.name.endsWith(".d.ts") && !LIST_MODULES.has(file)
        ? { bytes: statSync(path).size, file }
        : largest;
    if (found.bytes > largest.bytes) largest = found;
  }
  return largest;
}

/** What went wrong, in a few words, and the first error line, from a failed run's output. */
export function failureOf(generator, error) {
  const text = String(error.message);
  const kind = text.includes("Maximum call stack size exceeded")
    ? "stack overflow"
    : /heap out of memory|Allocation failed|exited null/.test(text)
      ? "out of memory"
      : "error";
  const detail = text
    .split("\n")
    .find((line) => /Error\b/.test(line))
    ?.trim()
    .slice(0, 160);
  return { generator, kind, detail };
}

/** Runs a generator script; resolves its time and peak memory. */
async function runGenerator(script, args, { cwd }) {
  const rssFile = join(tmpdir(), `users-api-bench-rss-${process.pid}`);
  rmSync(rssFile, { force: true });
  try {
    const { ms } = await run(process.execPath, ["--require", MAX_RSS, script, ...args], {
      cwd,
      env: { USERS_API_MAX_RSS_FILE: rssFile },
    });
    return { ms, maxRss: Number(readFileSync(rssFile, "utf8")) };
  } finally {
    rmSync(rssFile, { force: true });
  }
}

async function measureN(root, n, rounds, log) {
  const dir = join(root, "bench-scale", `n${n}`);
  const specFile = join(dir, "openapi.json");
  const specBytes = writeScaledSpec(n, specFile);
  const typesDir = join(dir, "types");
  // Generated validators import ../create-validators.js and friends, so they live in src/.
  const validatorsDir = join(root, "packages/validators/src", `generated-scale-n${n}`);
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const projects = writeConsumerProject(dir, { root, typesDir, n });
  const generators = [
    ["types", join(root, "packages/types/scripts/generate.mjs"), typesDir],
    ["validators", join(root, "packages/validators/scripts/generate.mjs"), validatorsDir],
  ];
  const samples = {
    typesGen: [],
    typesRss: [],
    validatorsGen: [],
    validatorsRss: [],
    typesBuild: [],
    consumer: [],
  };
  for (let round = 0; round < rounds; round++) {
    log(`scale N=${n}: round ${round + 1}/${rounds}`);
    for (const [name, script, out] of generators) {
      try {
        const { ms, maxRss } = await runGenerator(script, ["--spec", specFile, "--out", out], {
          cwd: root,
        });
        samples[`${name}Gen`].push(ms);
        samples[`${name}Rss`].push(maxRss);
      } catch (error) {
        const failure = failureOf(name, error);
        log(`scale N=${n}: the ${name} generator failed (${failure.kind}): ${failure.detail}`);
        return { n, rounds, specBytes, failure };
      }
    }
    samples.typesBuild.push(
      (await run(process.execPath, [tsc, "-p", projects.build], { cwd: root })).ms,
    );
    samples.consumer.push(
      (await run(process.execPath, [tsc, "-p", projects.consumer], { cwd: root })).ms,
    );
  }
  const allValidators = await bundle(
    `export * from ${JSON.stringify(join(validatorsDir, "index.ts"))};`,
    { resolveDir: validatorsDir },
  );
  const m = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
  const largest = largestSchemaModule(validatorsDir);
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
    validatorsBytes: folderBytes(validatorsDir),
    largestModuleBytes: largest.bytes,
    largestModuleFile: largest.file,
    bundleMin: allValidators.initial.min,
    bundleGz: allValidators.initial.gz,
    typesBuildMs: m.typesBuild,
    consumerMs: m.consumer,
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
  ["largestModuleBytes", "largest schema module", bytes],
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
  return { rows, steps: growth(rows.filter((r) => !r.failure)) };
}

const failedCell = (row) => `failed (${row.failure.generator})`;

export function scaleMarkdown({ rows, steps }) {
  const header = [
    "",
    ...rows.map((r) => `N=${r.n}${r.rounds > 1 ? ` (median of ${r.rounds})` : " (1 run)"}`),
  ];
  const values = METRICS.map(([key, label, format]) => [
    label,
    ...rows.map((r) => (r[key] === undefined ? failedCell(r) : format(r[key]))),
  ]);
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
  const largest = rows.filter((r) => r.largestModuleFile);
  return [
    table(header, values),
    "",
    ...(largest.length > 0
      ? [
          '"largest schema module": the largest generated file that belongs to one schema or',
          "definition (all but the barrels and lazy.ts, which list every schema): " +
            largest.map((r) => `\`${r.largestModuleFile}\` at N=${r.n}`).join(", ") +
            ". It must not grow with N.",
          "",
        ]
      : []),
    'Growth factor per step. "marginal": growth of the part above N=1 (fixed costs removed),',
    "against the growth of N-1; shown where that part is at least half the N=1 value.",
    "",
    table(growthHeader, growthRows),
  ].join("\n");
}

/** Problems that earlier runs of this bench found, and the commit that fixed each. */
const FIXED = [
  "**The validators generator failed at N=100 (stack overflow).** Ajv 8.20's `standaloneCode` " +
    "with many exports appends each export with `` code = _`${code}…` ``, copying every code " +
    "item emitted so far (quadratic time) and spreading them as call arguments, which overflows " +
    "the stack past some thousands of schemas. Fixed in 42ecd84: " +
    "packages/validators/scripts/lib/standalone-module.mjs emits the same code and joins the " +
    "per-export parts once.",
  "**Validators codegen grew superlinearly** (14.30x from N=10 to N=100; 129 s at N=100, and " +
    "8.5 GiB of memory, over Node's default heap limit, so it completed only with a larger heap). " +
    "~90% of its time went to prettier and the garbage collector, formatting the one generated " +
    "Ajv module (`ajv/validators.js`, ~60 MB at N=100). Fixed in 42ecd84: that module is " +
    "written as Ajv emits it (one statement per line, listed in the root .prettierignore).",
];

const gib = (value) => (value / 1024 ** 3).toFixed(2);

/** Markdown lines naming what grew superlinearly or failed, then the problems fixed earlier. */
export function scaleFindings({ rows, steps }) {
  const lines = ["", "### Findings", ""];
  const measured = rows.filter((r) => !r.failure);
  for (const step of steps) {
    for (const key of step.superlinear) {
      const label = METRICS.find(([k]) => k === key)[1];
      const marginal =
        step.marginal[key] === undefined
          ? ""
          : `; the part above N=${measured[0].n} grew ${ratio(step.marginal[key])} against ${ratio(step.nMarginal)} for N-${measured[0].n}`;
      lines.push(
        `- **${label}** grew ${ratio(step.factors[key])} from N=${step.from} to N=${step.to} ` +
          `(N grew ${step.nGrowth}x${marginal}).`,
      );
    }
  }
  for (const { n, failure } of rows.filter((r) => r.failure)) {
    lines.push(
      `- **N=${n}: the ${failure.generator} generator failed (${failure.kind})**` +
        `${failure.detail ? `: \`${failure.detail}\`` : ""}. N=${n} is left out of the growth table.`,
    );
  }
  if (lines.length === 3) {
    lines.push(
      `Nothing grew more than ${SUPERLINEAR}x faster than N. Growth below N's comes from fixed costs`,
      "(process start, prettier and TypeScript loading) that a larger spec does not repeat.",
    );
  }
  lines.push(
    "",
    "Fixed after the first run of this bench (bench/results.md at 601a4fc):",
    "",
    ...FIXED.map((text) => `- ${text}`),
  );
  if (measured.length > 0) {
    const at = measured.map((r) => r.n).join(" / ");
    lines.push(
      `- With both fixes, validators codegen takes ${measured.map((r) => seconds(r.validatorsGenMs)).join(" / ")} ` +
        `and peaks at ${measured.map((r) => gib(r.validatorsRss)).join(" / ")} GiB of memory at N = ${at}.`,
    );
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { n: { type: "string" }, keep: { type: "boolean" } } });
  const ns = (values.n ?? "1,10,100").split(",").map(Number);
  const root = copyRepo();
  console.log(`scratch copy: ${root}`);
  try {
    const result = await scale(root, { ns });
    console.log([scaleMarkdown(result), ...scaleFindings(result)].join("\n"));
    writeFileSync(join(root, "scale.json"), JSON.stringify(result, null, 2));
  } finally {
    if (!values.keep) removeCopy(root);
  }
}
