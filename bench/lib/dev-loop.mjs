// The regeneration loop: starts `pnpm dev` (scripts/dev.mjs) in a scratch copy of the repo,
// edits the spec there and times how long the change takes to reach each package's dist/ and
// a consumer's type-check; then saves a broken spec and checks the watcher reports the error
// and keeps running. The watcher is always stopped before this returns (or, if the bench is
// interrupted, by processes.mjs).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { TURBO_ENV } from "./pipeline.mjs";
import { spawnGroup, stopGroup } from "./processes.mjs";
import { median, run } from "./stats.mjs";

const SPEC = "spec/openapi.yaml";
/** Where the marker must show up, per package. */
const OUTPUTS = {
  types: "packages/types/dist/generated/openapi.d.ts",
  validators: "packages/validators/dist/generated/ajv/validators/org-user.js",
  spec: "packages/spec/dist/generated/openapi.json",
};

/** The spec with one more property in OrgUser, named `marker`. */
export function withMarker(yaml, marker) {
  const schema = yaml.indexOf("\n    OrgUser:\n");
  const properties = yaml.indexOf("\n      properties:\n", schema);
  if (schema < 0 || properties < 0) throw new Error(`${SPEC}: OrgUser's properties not found`);
  const at = properties + "\n      properties:\n".length;
  const property = `        ${marker}:\n          type: string\n          description: Added by the regeneration-loop benchmark.\n`;
  return yaml.slice(0, at) + property + yaml.slice(at);
}

/** A project whose type-check passes only when OrgUser has the marker property. */
function writeProbe(root, marker) {
  const dir = join(root, "bench-dev-probe");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "probe.ts"),
    `import type { OrgUser } from "../packages/types/dist/index.js";\nexport type Marker = OrgUser["${marker}"];\n`,
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../tsconfig.base.json",
      compilerOptions: { noEmit: true },
      files: ["probe.ts"],
    }),
  );
  return join(dir, "tsconfig.json");
}

/** Starts the watcher; `lines` collects its output, `waitFor(re, after)` waits for a line. */
export function startDev(root, env = {}) {
  // In a process group of its own (spawnGroup), which stop() ends as a whole.
  const child = spawnGroup(process.execPath, [join(root, "scripts/dev.mjs")], {
    cwd: root,
    env: { ...process.env, ...TURBO_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines = [];
  let exited = null;
  /** Called on each new output and on exit: the pending waitFor()s look again. */
  const waiters = new Set();
  const wake = () => waiters.forEach((waiter) => waiter());
  // Whole lines, each stream's unfinished last line kept until the rest of it arrives.
  const partial = { stdout: "", stderr: "" };
  for (const stream of ["stdout", "stderr"]) {
    child[stream].setEncoding("utf8");
    child[stream].on("data", (chunk) => {
      const parts = (partial[stream] + chunk).split("\n");
      partial[stream] = parts.pop();
      lines.push(...parts.filter(Boolean));
      wake();
    });
    child[stream].on("end", () => {
      if (partial[stream]) lines.push(partial[stream]);
      partial[stream] = "";
      wake();
    });
  }
  const exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      resolve((exited = { code, signal }));
      wake();
    }),
  );
  return {
    pid: child.pid,
    lines,
    exit,
    alive: () => exited === null,
    waitFor(pattern, { after = 0, timeoutMs = 240_000 } = {}) {
      // Looks at each line once, when it arrives (no polling).
      let next = after;
      return new Promise((resolve, reject) => {
        const done = (settle, value) => {
          waiters.delete(check);
          clearTimeout(timer);
          settle(value);
        };
        const check = () => {
          for (; next < lines.length; next++) {
            if (pattern.test(lines[next])) return done(resolve, next);
          }
          if (exited) {
            done(reject, new Error(`dev exited (${JSON.stringify(exited)}):\n${lines.join("\n")}`));
          }
        };
        const timer = setTimeout(
          () => done(reject, new Error(`timed out waiting for ${pattern}:\n${lines.join("\n")}`)),
          timeoutMs,
        );
        waiters.add(check);
        check();
      });
    },
    async stop() {
      // The watcher, which stops the turbo run it started (in a group of its own) and exits;
      // then whatever is left of its process group.
      if (!exited) {
        try {
          process.kill(child.pid, "SIGTERM");
        } catch {}
        for (let i = 0; i < 200 && !exited; i++) await sleep(50);
      }
      await stopGroup(child.pid, { graceMs: 5_000 });
    },
  };
}

async function waitForFile(file, text, startedAt, timeoutMs = 240_000) {
  for (;;) {
    try {
      if (readFileSync(file, "utf8").includes(text)) return performance.now() - startedAt;
    } catch {}
    if (performance.now() - startedAt > timeoutMs) throw new Error(`${file} never got ${text}`);
    await sleep(25);
  }
}

export async function devLoop(root, { rounds = 2, log = console.log } = {}) {
  const specFile = join(root, SPEC);
  const original = readFileSync(specFile, "utf8");
  const tsc = join(root, "node_modules/typescript/bin/tsc");
  const dev = startDev(root);
  log(`dev loop: watcher started (pid ${dev.pid})`);
  const samples = { types: [], validators: [], spec: [], consumer: [], done: [] };
  let errorHandling;
  try {
    // The first build may be the copy's first (a cold turbo cache) when no other section ran.
    await dev.waitFor(/\[dev\] watching spec\//, { timeoutMs: 600_000 });
    for (let round = 1; round <= rounds; round++) {
      log(`dev loop: edit ${round}/${rounds}`);
      // Unique per run, so that turbo cannot restore the outputs from its cache.
      const marker = `benchMarker${Date.now().toString(36)}`;
      const probe = writeProbe(root, marker);
      const from = dev.lines.length;
      const startedAt = performance.now();
      writeFileSync(specFile, withMarker(original, marker));
      const outputs = {
        types: waitForFile(join(root, OUTPUTS.types), marker, startedAt),
        validators: waitForFile(join(root, OUTPUTS.validators), marker, startedAt),
        spec: waitForFile(join(root, OUTPUTS.spec), marker, startedAt),
      };
      const types = await outputs.types;
      // A consumer type-check, started as soon as the types are out, that passes only if it
      // sees the change. tsc writes the declarations one file after another: retry while the
      // rest lands.
      for (let attempt = 1; ; attempt++) {
        const check = await run(process.execPath, [tsc, "-p", probe], {
          cwd: root,
          allowFailure: true,
        });
        if (check.code === 0) break;
        if (attempt === 20) throw new Error(`the probe never type-checked:\n${check.stdout}`);
        await sleep(100);
      }
      const consumer = performance.now() - startedAt;
      const [validators, spec] = await Promise.all([outputs.validators, outputs.spec]);
      await dev.waitFor(/\[dev\] up to date/, { after: from });
      const done = performance.now() - startedAt;
      await dev.waitFor(/\[dev\] watching spec\//, { after: from });
      Object.entries({ types, validators, spec, consumer, done }).forEach(([k, v]) =>
        samples[k].push(v),
      );
    }
    log("dev loop: saving a broken spec");
    const from = dev.lines.length;
    writeFileSync(specFile, `${original}\n  broken: [unclosed\n`);
    await dev.waitFor(/\[dev\] failed/, { after: from });
    await sleep(1000);
    const survived = dev.alive();
    const fixFrom = dev.lines.length;
    writeFileSync(specFile, original);
    await dev.waitFor(/\[dev\] up to date/, { after: fixFrom });
    errorHandling = { reported: true, keptRunning: survived && dev.alive() };
  } finally {
    await dev.stop();
    writeFileSync(specFile, original);
  }
  return {
    rounds,
    medians: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])),
    samples,
    errorHandling,
  };
}
