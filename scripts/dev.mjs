// `pnpm dev`: watches spec/ and, on every save (debounced), regenerates and rebuilds what depends
// on it; turbo re-runs only the tasks whose inputs changed. Errors are printed and the watcher
// keeps going. Ctrl-C stops it, and the run in progress with it.
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
  child = spawn(process.execPath, [turbo, ...turboArgs], { cwd: repoRoot, stdio: "inherit" });
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

function stop() {
  watcher.close();
  clearTimeout(timer);
  if (child) {
    child.removeAllListeners("exit");
    child.once("exit", () => process.exit(130));
    child.kill("SIGINT");
  } else {
    process.exit(130);
  }
}
process.once("SIGINT", stop);
process.once("SIGTERM", stop);

rebuild("start");
