// `pnpm dev`: watches spec/ and, on every save (debounced), regenerates and rebuilds what depends
// on it; turbo re-runs only the tasks whose inputs changed. Errors are printed and the watcher
// keeps going. Ctrl-C (SIGINT), SIGTERM or SIGHUP stops it, and the run in progress with it, and
// it exits 0: stopping is how a watcher ends, and `pnpm dev` must not report it as a failure.
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const debounceMs = Number(process.env.USERS_API_DEV_DEBOUNCE_MS ?? 150);
// turbo's own launcher, run with this node: saves the ~0.6 s that `pnpm exec` adds to each run.
const turbo = createRequire(resolve(repoRoot, "package.json")).resolve("turbo/bin/turbo");
const turboArgs = ["run", "build", "--filter=./packages/*", "--output-logs=errors-only"];

/** Editor droppings (swap, backup and lock files) that must not trigger a rebuild. */
const isEditorTempFile = (file) => /^\.|~$|\.sw[a-p]$|^4913$/.test(basename(file));

let timer;
let child;
let pending = false;

function rebuild(reason) {
  if (child) {
    pending = true;
    return;
  }
  const started = Date.now();
  console.log(`[dev] ${reason}: regenerating...`);
  // In a process group of its own, so that stop() reaches turbo with exactly one SIGINT, whether
  // the terminal's Ctrl-C or a SIGTERM sent to this process alone (by pnpm, a service manager)
  // stopped the watcher: turbo's npm launcher ignores SIGINT and counts on the native binary
  // getting it too, and two signals would make turbo force-kill its tasks.
  child = spawn(process.execPath, [turbo, ...turboArgs], {
    cwd: repoRoot,
    stdio: "inherit",
    detached: true,
  });
  child.on("exit", (code, signal) => {
    child = undefined;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      code === 0
        ? `[dev] up to date in ${seconds}s`
        : `[dev] failed (${signal ?? `exit ${code}`}); fix the spec and save again`,
    );
    if (pending) {
      pending = false;
      rebuild("changes during the last run");
    } else {
      console.log("[dev] watching spec/ ...");
    }
  });
}

const watcher = watch(resolve(repoRoot, "spec"), { recursive: true }, (_event, file) => {
  if (file && isEditorTempFile(file)) return;
  clearTimeout(timer);
  timer = setTimeout(() => rebuild(`spec/${file ?? ""} changed`), debounceMs);
});

let stopping = false;
function stop() {
  // Under pnpm a Ctrl-C arrives twice (from the terminal and forwarded by pnpm), maybe followed by
  // a SIGTERM: the first signal stops, the others are ignored.
  if (stopping) return;
  stopping = true;
  watcher.close();
  clearTimeout(timer);
  if (child) {
    child.removeAllListeners("exit");
    child.once("exit", () => {
      console.log("[dev] stopped");
      process.exit(0);
    });
    try {
      process.kill(-child.pid, "SIGINT");
    } catch {
      child.kill("SIGINT");
    }
  } else {
    console.log("[dev] stopped");
    process.exit(0);
  }
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, stop);

rebuild("start");
