// Benchmarks validateOrgUser on a fully populated user, valid and invalid, against Ajv
// compiling the same schema at run time, zod 4 (z.fromJSONSchema) and a hand-written guard,
// all in one run, and prints each as a ratio to this package. Then measures cold starts
// (fresh process: load, prepare, validate one payload) against no import, an empty module and an
// empty package. In the same run, isUser (the fail-fast
// guard) against Ajv compiled with allErrors: false, on the invalid and the valid user. Needs
// `pnpm build` first.
// Results also go to bench/results.json. Run with `pnpm bench`; `pnpm bench --cold-start-only`
// measures the cold starts alone (and writes no results).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Bench } from "tinybench";
import { z } from "zod";
import { isUser, validateOrgUser } from "../dist/index.js";
import { isOrgUserByHand } from "./hand-written-guard.mjs";
import { jsonSchemaDefs, zodInput } from "./schemas.mjs";

const benchDir = dirname(fileURLToPath(import.meta.url));
const specFile = join(benchDir, "../../spec/src/generated/openapi.json");
const userFile = join(benchDir, "../../../spec/examples/OrgUser/valid/full.json");
const specJson = readFileSync(specFile, "utf8");
const user = JSON.parse(readFileSync(userFile, "utf8"));

// Four mistakes a client makes: a wrong enum, a number as a string, a bad date-time, and an
// out-of-range int32, spread over the payload.
const invalidUser = structuredClone(user);
invalidUser.state = "archived";
invalidUser.addresses[1].mediaType = "FAX";
invalidUser.routingStatus.startTime = "yesterday";
invalidUser.version = 2 ** 31;

const { values: args } = parseArgs({ options: { "cold-start-only": { type: "boolean" } } });

/** Throughput of validateOrgUser and isUser against the others (the bench's first part). */
async function measureThroughput() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addSchema({ $id: "https://bench.example/defs", $defs: jsonSchemaDefs(specJson) });
  const ajvOrgUser = ajv.getSchema("https://bench.example/defs#/$defs/OrgUser");
  const zodOrgUser = z.fromJSONSchema(zodInput(specJson, "OrgUser"));

  // Guards stop at the first error: isUser against Ajv compiled with allErrors: false.
  const ajvFailFast = new Ajv2020({ allErrors: false, strict: false });
  addFormats(ajvFailFast);
  ajvFailFast.addSchema({ $id: "https://bench.example/defs", $defs: jsonSchemaDefs(specJson) });
  const ajvUserFailFast = ajvFailFast.getSchema("https://bench.example/defs#/$defs/User");
  const guards = {
    "isUser (fail-fast)": (value) => isUser(value),
    "Ajv, allErrors: false": (value) => ajvUserFailFast(value),
  };
  for (const [name, check] of Object.entries(guards)) {
    if (check(user) !== true) throw new Error(`${name} rejects the valid user`);
    if (check(invalidUser) !== false) throw new Error(`${name} accepts the invalid user`);
  }

  const contenders = {
    "@users-api/validators": (value) => validateOrgUser(value).ok,
    "Ajv (compiled at run time)": (value) => ajvOrgUser(value),
    "zod 4 (z.fromJSONSchema)": (value) => zodOrgUser.safeParse(value).success,
    "hand-written guard (top level only)": (value) => isOrgUserByHand(value),
  };

  for (const [name, check] of Object.entries(contenders)) {
    if (check(user) !== true) throw new Error(`${name} rejects the valid user`);
    const rejects = check(invalidUser) === false;
    if (!rejects && !name.startsWith("hand-written"))
      throw new Error(`${name} accepts the invalid user`);
  }

  const inputs = { valid: user, invalid: invalidUser };
  const bench = new Bench({ time: 1500, warmup: true });
  for (const [name, check] of Object.entries(contenders)) {
    for (const [kind, input] of Object.entries(inputs))
      bench.add(`${kind}: ${name}`, () => check(input));
  }
  for (const [name, check] of Object.entries(guards)) {
    for (const [kind, input] of Object.entries(inputs))
      bench.add(`guard ${kind}: ${name}`, () => check(input));
  }
  await bench.run();

  const opsPerSecond = {};
  for (const kind of Object.keys(inputs)) {
    opsPerSecond[kind] = Object.fromEntries(
      Object.keys(contenders).map((name) => [
        name,
        bench.getTask(`${kind}: ${name}`).result.throughput.mean,
      ]),
    );
  }
  const ours = (kind) => opsPerSecond[kind]["@users-api/validators"];
  const ratio = (kind, name) => ours(kind) / opsPerSecond[kind][name];
  const guardOpsPerSecond = Object.fromEntries(
    Object.keys(inputs).map((kind) => [
      kind,
      Object.fromEntries(
        Object.keys(guards).map((name) => [
          name,
          bench.getTask(`guard ${kind}: ${name}`).result.throughput.mean,
        ]),
      ),
    ]),
  );
  const guardRatio = (kind) =>
    guardOpsPerSecond[kind]["isUser (fail-fast)"] /
    guardOpsPerSecond[kind]["Ajv, allErrors: false"];

  console.log(
    "validateOrgUser on a fully populated user; ratio = our ops/s / theirs (above 1: we are faster)",
  );
  console.table(
    Object.keys(contenders).map((name) => ({
      contender: name,
      "valid ops/s": Math.round(opsPerSecond.valid[name]).toLocaleString("en-US"),
      "valid ratio": ratio("valid", name).toFixed(2),
      "invalid ops/s": Math.round(opsPerSecond.invalid[name]).toLocaleString("en-US"),
      "invalid ratio": ratio("invalid", name).toFixed(2),
    })),
  );

  console.log("isUser (fail-fast guard) vs Ajv allErrors: false; ratio = our ops/s / theirs");
  console.table(
    Object.keys(guards).map((name) => ({
      contender: name,
      "invalid ops/s": Math.round(guardOpsPerSecond.invalid[name]).toLocaleString("en-US"),
      "valid ops/s": Math.round(guardOpsPerSecond.valid[name]).toLocaleString("en-US"),
    })),
  );
  console.log(
    `isUser: ${guardRatio("invalid").toFixed(2)}x on the invalid user, ${guardRatio("valid").toFixed(2)}x on the valid one`,
  );
  return { opsPerSecond, ratio, guardOpsPerSecond, guardRatio, contenders, inputs };
}
const throughput = args["cold-start-only"] ? undefined : await measureThroughput();

// Cold starts: each contender is a fresh `node bench/cold-start.mjs <contender>`, timed from
// spawn to exit, in interleaved rounds (machine noise hits all alike) with an "empty" contender
// that reads the payload and imports nothing: the baseline. Two more baselines import an empty
// file and an empty package: any package import pays Node's resolution of a bare specifier
// (about 5 ms on the first one in a process), which is not the validators' code. Medians of
// COLD_ROUNDS.
const COLD_ROUNDS = 21;
const leafFile = join(benchDir, "../../../spec/examples/RoutingStatus/valid/idle.json");
const COLD = {
  empty: "no import (baseline: node, read the payload, nothing else)",
  "empty-module": "empty module (import of an empty file)",
  "empty-package": "empty package (an empty module through a package's exports)",
  leaf: "@users-api/validators/routing-status (leaf schema)",
  subpath: "@users-api/validators/org-user",
  lazy: '@users-api/validators/lazy, loadValidator("OrgUser")',
  barrel: "@users-api/validators (barrel)",
  "standalone-leaf": "Ajv standalone modules, RoutingStatus (dist/generated, bundler build)",
  standalone: "Ajv standalone modules, OrgUser (dist/generated, bundler build)",
  "standalone-barrel": "Ajv standalone modules, barrel (dist/index.js, bundler build)",
  ajv: "Ajv (compiled at run time), OrgUser",
  zod: "zod 4 (z.fromJSONSchema), OrgUser",
};
/** `{ ms, inProcessMs }`: spawn to exit, and the import + validation inside the process. */
function runOnce(contender) {
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    [join(benchDir, "cold-start.mjs"), contender, specFile, userFile, leafFile],
    { encoding: "utf8" },
  );
  return { ms: performance.now() - started, inProcessMs: JSON.parse(out).inProcessMs };
}
// The empty package, where Node looks for bench/cold-start.mjs's bare specifiers (git-ignored).
const emptyPackage = join(benchDir, "node_modules/users-api-bench-empty");
mkdirSync(emptyPackage, { recursive: true });
writeFileSync(
  join(emptyPackage, "package.json"),
  JSON.stringify({
    name: "users-api-bench-empty",
    type: "module",
    exports: { "./empty": "./empty.js" },
  }),
);
writeFileSync(join(emptyPackage, "empty.js"), "export {};\n");
const loadBefore = loadavg();
const coldTimes = Object.fromEntries(Object.keys(COLD).map((name) => [name, []]));
for (const name of Object.keys(COLD)) runOnce(name); // warms the file system cache
for (let round = 0; round < COLD_ROUNDS; round++) {
  for (const name of Object.keys(COLD)) coldTimes[name].push(runOnce(name));
}
const loadAfter = loadavg();
rmSync(emptyPackage, { recursive: true });
try {
  rmdirSync(join(benchDir, "node_modules")); // only if this made it, and it is empty now
} catch {}
const median = (times) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const cold = Object.fromEntries(
  Object.keys(COLD).map((name) => [name, median(coldTimes[name].map((t) => t.ms))]),
);
const inProcess = Object.fromEntries(
  Object.keys(COLD).map((name) => [name, median(coldTimes[name].map((t) => t.inProcessMs))]),
);
const coldRows = Object.entries(COLD).map(([key, contender]) => ({
  key,
  contender,
  ms: cold[key],
  overEmptyMs: cold[key] - cold.empty,
  xEmpty: cold[key] / cold.empty,
  inProcessMs: inProcess[key],
  // Timed inside the process, where spawning's noise does not reach.
  inProcessOverEmptyPackageMs: inProcess[key] - inProcess["empty-package"],
}));
console.log(
  `Cold start: fresh process, load + prepare + validate once, median of ${COLD_ROUNDS} interleaved rounds; ` +
    `"over empty" = ms - ms with no import; "x empty" = ms / ms with no import; ` +
    `"in-process": import + validation timed inside the process; "over empty package": in-process ms - the empty package's`,
);
console.table(
  coldRows.map((row) => ({
    contender: row.contender,
    ms: row.ms.toFixed(1),
    "ms over empty": row.overEmptyMs.toFixed(1),
    "x empty": row.xEmpty.toFixed(2),
    "in-process ms": row.inProcessMs.toFixed(1),
    "over empty package": row.inProcessOverEmptyPackageMs.toFixed(1),
  })),
);

if (throughput === undefined) {
  console.log(
    `Cold start over no import / over an empty package import: OrgUser's subpath ` +
      `${(cold.subpath - cold.empty).toFixed(1)} / ${(inProcess.subpath - inProcess["empty-package"]).toFixed(1)} ms, ` +
      `the leaf ${(cold.leaf - cold.empty).toFixed(1)} / ${(inProcess.leaf - inProcess["empty-package"]).toFixed(1)} ms.`,
  );
} else {
  const { opsPerSecond, ratio, guardOpsPerSecond, guardRatio, contenders, inputs } = throughput;
  const results = {
    package: "@users-api/validators",
    benchmark: "validateOrgUser",
    node: process.version,
    opsPerSecond,
    ratios: Object.fromEntries(
      Object.keys(inputs).map((kind) => [
        kind,
        Object.fromEntries(Object.keys(contenders).map((name) => [name, ratio(kind, name)])),
      ]),
    ),
    coldStart: {
      rounds: COLD_ROUNDS,
      baseline: "empty",
      // 1-minute load average before and after the cold starts: the machine may be shared.
      loadAverage: [loadBefore[0], loadAfter[0]],
      rows: coldRows,
    },
    guard: {
      benchmark: "isUser vs Ajv allErrors: false",
      opsPerSecond: guardOpsPerSecond,
      ratios: { invalid: guardRatio("invalid"), valid: guardRatio("valid") },
    },
  };
  writeFileSync(join(benchDir, "results.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `Valid input: ${ratio("valid", "Ajv (compiled at run time)").toFixed(2)}x run-time Ajv's throughput; ` +
      `cold start of OrgUser's subpath ${(cold.subpath - cold.empty).toFixed(1)} ms over no import, ` +
      `${(inProcess.subpath - inProcess["empty-package"]).toFixed(1)} ms over an empty package import ` +
      `(Ajv at run time: ${(cold.ajv - cold.empty).toFixed(1)} ms). Written to bench/results.json.`,
  );
}
