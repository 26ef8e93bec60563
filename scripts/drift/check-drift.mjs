// The drift check: fails when the generated files in the working tree differ from what is
// committed (generated files must never be edited by hand). It compares only; turbo runs it as
// the root task `check:generated` after every package's `generate` task (turbo.json), so the
// files it reads are what the generators produce for these inputs: produced again, or restored
// from turbo's cache when nothing the task hashes (the spec, the generators, their locked
// dependencies) changed. `pnpm check:drift` forces the generators to run.
import { execFileSync } from "node:child_process";

const git = (...args) =>
  execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

// Every file under any package's src/generated/, at any depth: in a git pathspec `*` also matches
// `/`, and a pattern with a wildcard names files, so `packages/*/src/generated` alone matches none.
const generatedPaths = ["packages/*/src/generated/*"];
const changed = git("status", "--porcelain", "--untracked-files=all", "--", ...generatedPaths);
if (changed.trim()) {
  console.error("Generated files differ from what the generators produce:\n" + changed);
  console.error(git("--no-pager", "diff", "--stat", "--", ...generatedPaths));
  console.error(
    "Run `pnpm generate` and commit the result. Never edit files under src/generated/ by hand.",
  );
  process.exit(1);
}
console.log("No drift: generated files match the spec.");
