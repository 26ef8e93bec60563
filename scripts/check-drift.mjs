// Regenerates everything from the spec, bypassing turbo's cache, and fails when the result
// differs from what is committed: generated files must never be edited by hand.
import { execFileSync } from "node:child_process";

const run = (command, args, options = {}) =>
  execFileSync(command, args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    ...options,
  });

run("pnpm", ["exec", "turbo", "run", "generate", "--force", "--output-logs=errors-only"], {
  stdio: "inherit",
});

const generatedPaths = ["packages/*/src/generated"];
const changed = run("git", [
  "status",
  "--porcelain",
  "--untracked-files=all",
  "--",
  ...generatedPaths,
]);
if (changed.trim()) {
  console.error("Generated files differ from what the generators produce:\n" + changed);
  console.error(run("git", ["--no-pager", "diff", "--stat", "--", ...generatedPaths]));
  console.error(
    "Run `pnpm generate` and commit the result. Never edit files under src/generated/ by hand.",
  );
  process.exit(1);
}
console.log("No drift: generated files match the spec.");
