// An interrupted `pnpm bench` leaves nothing behind: no watcher, no turbo or pnpm run, no scratch
// copy. Each test points TMPDIR at a fresh folder of its own, starts the bench as a terminal
// would (pnpm as the leader of a new process group), waits until the scratch copy exists and a
// turbo run works in it, signals, and looks for leftovers: files in that TMPDIR, processes whose
// working directory is in it, members of the bench's and the watcher's process groups.
//
// The bench reports the interruption: it exits 128 + the signal's number (130, 143), which pnpm
// passes on (with its "ELIFECYCLE Command failed with exit code 130" line): an interrupted bench
// has no results, unlike `pnpm start` and `pnpm dev`, for which stopping is the normal end.
//
// Cheap on purpose: `--only dev` starts the watcher right after the copy (the watcher's own first
// build is interrupted), `--only pipeline` is interrupted in its first `pnpm build`.
import { spawn } from "node:child_process";
import { lstatSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { groupMembers, processesIn } from "../lib/processes.mjs";
import { repoRoot } from "../lib/repo-copy.mjs";

/** Polls `check` until it returns an empty list; fails with what is left. */
async function untilEmpty(what, check, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let left = check();
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(100);
    left = check();
  }
  expect(left, what).toEqual([]);
}

async function until(what, check, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const cleanups = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** `pnpm bench ...args` with TMPDIR set to a new empty folder, in a process group of its own. */
function bench(args) {
  const tmp = mkdtempSync(join(tmpdir(), "users-api-bench-interrupt-"));
  // Node 22+ tools (tsc, pnpm) keep a compile cache in $TMPDIR/node-compile-cache unless told
  // otherwise: a cache shared by every run, not the bench's leftover, so it lives elsewhere
  // (turbo.json passes NODE_COMPILE_CACHE through to turbo's tasks, which get only the variables
  // it names, and TMPDIR).
  const compileCache = mkdtempSync(join(tmpdir(), "users-api-bench-compile-cache-"));
  const child = spawn("pnpm", ["bench", ...args], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TMPDIR: tmp,
      NODE_COMPILE_CACHE: compileCache,
      npm_config_update_notifier: "false",
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => {
    // A failed test must not leave its processes or files behind.
    for (const line of processesIn(tmp)) {
      try {
        process.kill(Number.parseInt(line), "SIGKILL");
      } catch {}
    }
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {}
    rmSync(tmp, { recursive: true, force: true });
    rmSync(compileCache, { recursive: true, force: true });
  });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  let exited = null;
  const exit = new Promise((done) =>
    child.on("exit", (code, signal) => done((exited = { code, signal }))),
  );
  return {
    pid: child.pid,
    tmp,
    output: () => output,
    exit,
    async waitFor(pattern) {
      return until(`${pattern} in:\n${output}`, () => {
        if (exited) throw new Error(`the bench ended ${JSON.stringify(exited)}:\n${output}`);
        return pattern.exec(output);
      });
    },
  };
}

/** The scratch copy in `tmp`, once a turbo process works in it. */
async function turboRunning(b) {
  const [, copy] = await b.waitFor(/scratch copy of the working tree: (\S+)/);
  expect(copy.startsWith(`${b.tmp}/`)).toBe(true);
  await until(`turbo working in ${copy}`, () =>
    processesIn(copy).some((line) => /turbo/.test(line)),
  );
  return copy;
}

/** Up to 30 files and folders below `dir` (symbolic links not followed), with their ages. */
function leftovers(dir) {
  const found = [];
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (found.length >= 30) return;
      const full = join(path, entry.name);
      const age = Date.now() - lstatSync(full).mtimeMs;
      found.push(
        `${full.slice(dir.length + 1)}${entry.isDirectory() ? "/" : ""} (${age.toFixed(0)} ms old)`,
      );
      if (entry.isDirectory()) visit(full);
    }
  };
  visit(dir);
  return found;
}

async function expectNothingLeft(b, groups) {
  await untilEmpty("processes working in the bench's TMPDIR", () => processesIn(b.tmp));
  for (const pgid of groups) {
    await untilEmpty(`processes left in group ${pgid}`, () => groupMembers(pgid));
  }
  // What is left, and the bench's output (a "[bench] cleanup failed" line, say), tell why.
  const left = readdirSync(b.tmp);
  expect(
    left,
    `left in the bench's TMPDIR:\n${leftovers(b.tmp).join("\n")}\nthe bench said:\n${b.output()}`,
  ).toEqual([]);
}

describe.skipIf(process.platform !== "linux")("an interrupted pnpm bench", () => {
  it("Ctrl-C (SIGINT to the process group) during the dev loop stops the watcher and removes the copy", async () => {
    const b = bench(["--only", "dev"]);
    const [, watcher] = await b.waitFor(/dev loop: watcher started \(pid (\d+)\)/);
    await turboRunning(b);
    expect(groupMembers(Number(watcher)).length).toBeGreaterThan(0);

    process.kill(-b.pid, "SIGINT");
    expect(await b.exit, b.output()).toEqual({ code: 130, signal: null });
    expect(b.output()).toContain("[bench] SIGINT: stopping");
    await expectNothingLeft(b, [b.pid, Number(watcher)]);
  });

  it("SIGTERM to pnpm's pid during the pipeline's first build stops it and removes the copy", async () => {
    const b = bench(["--only", "pipeline"]);
    await b.waitFor(/\[bench\] pipeline:/);
    await turboRunning(b);

    process.kill(b.pid, "SIGTERM");
    expect(await b.exit, b.output()).toEqual({ code: 143, signal: null });
    expect(b.output()).toContain("[bench] SIGTERM: stopping");
    await expectNothingLeft(b, [b.pid]);
  });
});
