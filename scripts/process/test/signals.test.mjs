// `pnpm start` (the mock server) and `pnpm dev` (the spec watcher) stop on Ctrl-C and on SIGTERM
// with exit code 0, without pnpm error lines, and leave no process behind.
//
// Each test starts pnpm as a terminal would, as the leader of a process group of its own, waits
// for the ready line, then signals it the two ways that matter: SIGINT to the whole process group
// (what Ctrl-C in a terminal does: pnpm and the script both get it, and pnpm forwards it to the
// script once more) and SIGTERM to pnpm's pid alone (what a service manager or `kill` does: pnpm
// forwards it to the script). The root scripts `exec` their command, so pnpm's child is the node
// process itself: a sh in between (dash) would die of the SIGINT even when node exits 0, and
// would not pass a SIGTERM on, and pnpm would then report the script as failed.
//
// `pnpm start` runs in the checkout (it only reads the built mock server). `pnpm dev` runs in a
// small workspace of its own, made of the repo's root `dev` script and scripts/dev.mjs with real
// turbo, so that no test rebuilds the checkout that others work in: no packages (turbo runs
// nothing, then the watcher waits for saves), or one package whose build runs until it is stopped
// (to interrupt a run in progress).
import { spawn } from "node:child_process";
import { connect } from "node:net";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)));
const rootManifest = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
/** What pnpm prints when it reports a script as failed (ELIFECYCLE, ERR_PNPM_...). */
const PNPM_ERROR = /ELIFECYCLE|ERR_PNPM_|Command failed/;
const ENV = {
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  npm_config_update_notifier: "false",
};

/** Live (not zombie) processes whose process group is `pgid`. */
function groupMembers(pgid) {
  const members = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z" && state !== "X") members.push(Number(entry));
    } catch {}
  }
  return members;
}

/** Live processes whose working directory is `dir` or below it, as "pid command". */
function processesIn(dir) {
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
      if (cwd === dir || cwd.startsWith(`${dir}/`)) {
        const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " ");
        found.push(`${entry} ${command.trim()}`);
      }
    } catch {}
  }
  return found;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** Polls `check` until it returns an empty list (or false); fails with what is left. */
async function until(what, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let left = check();
  while ((Array.isArray(left) ? left.length > 0 : left) && Date.now() < deadline) {
    await sleep(50);
    left = check();
  }
  expect(left, what).toEqual(Array.isArray(left) ? [] : false);
}

const started = [];

/** Starts `pnpm ...args` in `cwd` as the leader of a new process group. */
function pnpm(args, cwd) {
  const child = spawn("pnpm", args, {
    cwd,
    env: { ...process.env, ...ENV },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child.pid);
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
  let exited = null;
  const exit = new Promise((done) =>
    child.on("exit", (code, signal) => done((exited = { code, signal }))),
  );
  const close = new Promise((done) => child.on("close", done));
  return {
    pid: child.pid,
    output: () => output,
    /**
     * pnpm's exit code and signal, once the rest of its output is in (or a few seconds later,
     * if a process left behind still holds its stdout).
     */
    async ended() {
      const result = await exit;
      await Promise.race([close, sleep(5_000)]);
      return result;
    },
    /** Resolves the first match of `pattern` in the output so far. */
    async waitFor(pattern, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(output);
        if (match) return match;
        if (exited)
          throw new Error(`pnpm ${args.join(" ")} ended ${JSON.stringify(exited)}:\n${output}`);
        if (Date.now() > deadline)
          throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${output}`);
        await sleep(25);
      }
    },
  };
}

/** Ctrl-C in a terminal: SIGINT to the whole process group; or SIGTERM to pnpm's pid alone. */
const SIGNALS = [
  ["Ctrl-C (SIGINT to the process group)", (pid) => process.kill(-pid, "SIGINT")],
  ["SIGTERM to pnpm's pid", (pid) => process.kill(pid, "SIGTERM")],
];

afterEach(() => {
  // A failed test must not leave its processes running.
  for (const pgid of started.splice(0)) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {}
  }
});

function refused(port) {
  return new Promise((done) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      done(false);
    });
    socket.once("error", (error) => done(error.code === "ECONNREFUSED"));
  });
}

describe.skipIf(process.platform !== "linux")("pnpm start", () => {
  it.each([
    ...SIGNALS,
    [
      "SIGTERM to the process group (a service manager's stop)",
      (pid) => process.kill(-pid, "SIGTERM"),
    ],
  ])("stops on %s: exit 0, no pnpm error, port closed, no process left", async (_, send) => {
    if (!existsSync(join(repoRoot, "packages/mock-server/dist/cli.js"))) {
      throw new Error("packages/mock-server/dist/cli.js is missing: run `pnpm build` first");
    }
    const start = pnpm(["start", "--port", "0"], repoRoot);
    const [, port] = await start.waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+) \(50 seeded/);
    await start.waitFor(/Press Ctrl\+C to stop\./);
    expect(await refused(Number(port))).toBe(false);

    send(start.pid);
    expect(await start.ended(), start.output()).toEqual({ code: 0, signal: null });
    expect(start.output()).not.toMatch(PNPM_ERROR);
    expect(await refused(Number(port))).toBe(true);
    await until("processes left in pnpm's process group", () => groupMembers(start.pid));
  });
});

describe.skipIf(process.platform !== "linux")("pnpm dev", () => {
  let root;
  const slowPidFile = () => join(root, "slow-build.pid");

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "users-api-dev-signals-"));
    const manifest = {
      name: "dev-signals",
      private: true,
      packageManager: rootManifest.packageManager,
      scripts: { dev: rootManifest.scripts.dev },
    };
    writeFileSync(join(root, "package.json"), JSON.stringify(manifest, null, 2));
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
    writeFileSync(
      join(root, "pnpm-lock.yaml"),
      "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n",
    );
    writeFileSync(
      join(root, "turbo.json"),
      JSON.stringify({ ui: "stream", tasks: { build: { cache: false } } }),
    );
    mkdirSync(join(root, "scripts"));
    copyFileSync(join(repoRoot, "scripts/dev.mjs"), join(root, "scripts/dev.mjs"));
    mkdirSync(join(root, "spec"));
    writeFileSync(join(root, "spec/openapi.yaml"), "openapi: 3.1.0\n");
    mkdirSync(join(root, "packages"));
    symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
  });

  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** A package whose build writes its pid and runs until it is stopped (at most 2 minutes). */
  function addSlowPackage() {
    const dir = join(root, "packages/slow");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ name: "slow", private: true, scripts: { build: "node build.mjs" } }),
    );
    writeFileSync(
      join(dir, "build.mjs"),
      `import { writeFileSync } from "node:fs";\n` +
        `writeFileSync(${JSON.stringify(slowPidFile())}, String(process.pid));\n` +
        `setTimeout(() => {}, 120_000);\n`,
    );
  }

  afterEach(() => {
    // What a failed test left behind, turbo's task groups included.
    for (const line of processesIn(root)) {
      try {
        process.kill(Number.parseInt(line), "SIGKILL");
      } catch {}
    }
    rmSync(join(root, "packages/slow"), { recursive: true, force: true });
    rmSync(slowPidFile(), { force: true });
  });

  it.each(SIGNALS)("stops on %s while watching: exit 0, no pnpm error", async (_, send) => {
    const dev = pnpm(["dev"], root);
    await dev.waitFor(/\[dev\] watching spec\//);

    send(dev.pid);
    expect(await dev.ended(), dev.output()).toEqual({ code: 0, signal: null });
    expect(dev.output()).toContain("[dev] stopped");
    expect(dev.output()).not.toMatch(PNPM_ERROR);
    await until("processes left in pnpm's process group", () => groupMembers(dev.pid));
    await until("processes left in the workspace", () => processesIn(root));
  });

  it.each(SIGNALS)(
    "stops on %s during a build, stopping turbo and its task: exit 0, no pnpm error",
    async (_, send) => {
      addSlowPackage();
      const dev = pnpm(["dev"], root);
      await dev.waitFor(/\[dev\] start: regenerating/);
      // The task (node build.mjs, under turbo's `pnpm run build`) has started.
      const deadline = Date.now() + 60_000;
      let task = 0;
      while (!(task > 0) && Date.now() < deadline) {
        await sleep(50);
        if (existsSync(slowPidFile())) task = Number(readFileSync(slowPidFile(), "utf8"));
      }
      expect(task, dev.output()).toBeGreaterThan(0);
      expect(alive(task)).toBe(true);

      send(dev.pid);
      expect(await dev.ended(), dev.output()).toEqual({ code: 0, signal: null });
      expect(dev.output()).toContain("[dev] stopped");
      expect(dev.output()).not.toMatch(PNPM_ERROR);
      expect(dev.output()).not.toContain("[dev] up to date");
      await until("the build task turbo ran", () => alive(task));
      await until("processes left in pnpm's process group", () => groupMembers(dev.pid));
      // turbo runs in a group of its own, and its task in another: look by working directory.
      await until("processes left in the workspace", () => processesIn(root));
    },
  );
});
