// Runs every package's own `bench` script, one after another (the machine has few cores), and
// reads the results.json each writes beside it, to render them as Markdown.
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { run, table } from "./stats.mjs";

const ops = (value) => Math.round(value).toLocaleString("en-US");

/** The validators' cold starts, against the baselines measured in the same rounds. */
function coldStartRows({ rounds, rows, loadAverage }) {
  const overPackage = rows.some((row) => row.inProcessOverEmptyPackageMs !== undefined);
  return [
    `Cold start: a fresh \`node\` process from spawn to exit (read the payload, import, validate once),`,
    `median of ${rounds} interleaved rounds. "over empty" = ms - ms with no import;`,
    `"x empty" = ms / ms with no import. "in-process": the import and the validation timed inside`,
    "the process (medians of the same runs)." +
      (overPackage
        ? '\n"over empty package": in-process ms - the in-process ms of importing an empty module\n' +
          "through a package's `exports`, which any package import pays (Node resolving a bare\n" +
          "specifier for the first time)."
        : "") +
      (loadAverage
        ? ` Load average (1 min) around the cold starts: ${loadAverage.map((l) => l.toFixed(2)).join(" -> ")}.`
        : ""),
    "",
    table(
      [
        "contender",
        "ms",
        "over empty",
        "x empty",
        "in-process",
        ...(overPackage ? ["over empty package"] : []),
      ],
      rows.map((row) => [
        row.contender,
        row.ms.toFixed(1),
        `${row.overEmptyMs.toFixed(1)} ms`,
        `${row.xEmpty.toFixed(2)}x`,
        `${row.inProcessMs.toFixed(1)} ms`,
        ...(overPackage ? [`${row.inProcessOverEmptyPackageMs.toFixed(1)} ms`] : []),
      ]),
    ),
  ];
}

/** results.json from before the empty-import baseline. */
function legacyColdStartRows(coldStartMs) {
  return [
    "Cold start (fresh process: load, prepare, validate one user; median of 5). Ratio = theirs / ours.",
    "",
    table(
      ["contender", "ms", "ratio"],
      Object.entries(coldStartMs).map(([name, ms]) => [
        { aot: "@users-api/validators", ajv: "Ajv (compiled at run time)", zod: "zod 4" }[name] ??
          name,
        ms.toFixed(1),
        `${(ms / coldStartMs.aot).toFixed(2)}x`,
      ]),
    ),
  ];
}

/** The fail-fast guard (`isUser`) against Ajv compiled with `allErrors: false`. */
function guardRows({ opsPerSecond, ratios }) {
  const names = Object.keys(opsPerSecond.valid);
  return [
    "Guards, which stop at the first error: `isUser` against Ajv compiled with `allErrors: false`.",
    "",
    table(
      ["contender", "valid ops/s", "invalid ops/s"],
      names.map((name) => [name, ops(opsPerSecond.valid[name]), ops(opsPerSecond.invalid[name])]),
    ),
    "",
    `Ratio (ours / Ajv's): ${ratios.valid.toFixed(2)}x on the valid user, ${ratios.invalid.toFixed(2)}x on the invalid one.`,
    "",
  ];
}

/** Markdown for the known result formats; anything else is shown as JSON. */
export const RENDERERS = {
  "@users-api/validators": (r) => {
    const names = Object.keys(r.opsPerSecond.valid);
    return [
      `\`validateOrgUser\` on a fully populated user (valid) and on one with four mistakes (invalid).`,
      `Ratio = our throughput / theirs (above 1: ours is faster). ${r.node}.`,
      "",
      table(
        ["contender", "valid ops/s", "ratio", "invalid ops/s", "ratio"],
        names.map((name) => [
          name,
          ops(r.opsPerSecond.valid[name]),
          `${r.ratios.valid[name].toFixed(2)}x`,
          ops(r.opsPerSecond.invalid[name]),
          `${r.ratios.invalid[name].toFixed(2)}x`,
        ]),
      ),
      "",
      ...(r.guard ? guardRows(r.guard) : []),
      ...(r.coldStart ? coldStartRows(r.coldStart) : legacyColdStartRows(r.coldStartMs)),
    ].join("\n");
  },
  "@users-api/fetch-client": (r) =>
    [
      `GET one user (${r.payloadBytes} B JSON) from a loopback server in a worker thread. ${r.rounds} rounds`,
      `of ${r.callsPerTaskPerRound} calls per task, the tasks taking turns call by call; a task's figure is the`,
      "median over the rounds of its median latency, and of its ratios to that round's raw fetch and",
      "bare openapi-fetch. The A/A control is a second bare openapi-fetch client: how far apart two",
      `identical contenders read in this run. ${r.node}.`,
      "",
      table(
        Object.keys(r.results[0]),
        r.results.map((row) => Object.values(row).map(String)),
      ),
    ].join("\n"),
  "@users-api/mock-server": (r) =>
    [
      `\`${r.request}\` (${r.payloadBytes} B of JSON: 100 of ${r.seed} seeded users) with autocannon,`,
      `${r.connections} connections, ${r.durationSeconds} s after a 1 s warm-up; each server alone in a worker`,
      `thread. Baseline: a bare \`node:http\` server sending the same bytes. Ratio = mock / bare`,
      `requests per second (goal >= 0.5). ${r.node}.`,
      "",
      table(
        ["server", "req/s", "p50 latency", "p99 latency", "max latency", "ratio"],
        [
          ["mock server", r.mock, `${r.ratio.toFixed(2)}x`],
          ["bare node:http", r.bare, "1.00x"],
        ].map(([name, m, ratio]) => [
          name,
          ops(m.requestsPerSecond),
          `${m.p50Ms} ms`,
          `${m.p99Ms} ms`,
          `${m.maxMs} ms`,
          ratio,
        ]),
      ),
    ].join("\n"),
};

export async function packageBenches(root, { log = console.log } = {}) {
  const sections = [];
  for (const dir of readdirSync(join(root, "packages")).sort()) {
    const packageDir = join(root, "packages", dir);
    const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
    if (!manifest.scripts?.bench) continue;
    log(`package bench: ${manifest.name}`);
    const resultsFile = join(packageDir, "bench/results.json");
    // A committed results.json must not pass for this run's.
    rmSync(resultsFile, { force: true });
    const { ms, stdout } = await run("pnpm", ["run", "bench"], { cwd: packageDir });
    if (!existsSync(resultsFile))
      throw new Error(`${manifest.name}: no bench/results.json\n${stdout}`);
    const results = JSON.parse(readFileSync(resultsFile, "utf8"));
    const render = RENDERERS[manifest.name];
    sections.push({
      name: manifest.name,
      ms,
      markdown: render
        ? render(results)
        : `\`\`\`json\n${JSON.stringify(results, null, 2)}\n\`\`\``,
    });
  }
  return sections;
}
