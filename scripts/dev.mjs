// `pnpm dev`: watches spec/ and, on every save, regenerates and rebuilds what depends on it
// (turbo re-runs only tasks whose inputs changed). Errors are printed; the watcher keeps going.
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const debounceMs = Number(process.env.USERS_API_DEV_DEBOUNCE_MS ?? 150);
const turboArgs = [
  "exec",
  "turbo",
  "run",
  "build",
  "--filter=./packages/*",
  "--output-logs=errors-only",
];

let timer;
let running = false;
let pending = false;

function rebuild(reason) {
  if (running) {
    pending = true;
    return;
  }
  running = true;
  const started = Date.now();
  console.log(`[dev] ${reason}: regenerating...`);
  const child = spawn("pnpm", turboArgs, { cwd: repoRoot, stdio: "inherit" });
  child.on("exit", (code) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      code === 0
        ? `[dev] up to date in ${seconds}s`
        : `[dev] failed (exit ${code}); fix the spec and save again`,
    );
    running = false;
    if (pending) {
      pending = false;
      rebuild("changes during the last run");
    } else {
      console.log("[dev] watching spec/ ...");
    }
  });
}

watch(resolve(repoRoot, "spec"), { recursive: true }, (_event, file) => {
  clearTimeout(timer);
  timer = setTimeout(() => rebuild(`spec/${file ?? ""} changed`), debounceMs);
});
rebuild("start");
