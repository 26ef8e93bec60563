// A scratch copy of the working tree for benchmarks that run the whole pipeline or edit the
// spec: the checkout (and other people's work in it) is never rewritten. The copy shares the
// root node_modules through a symlink; the packages' own node_modules hold relative symlinks,
// copied as they are, so workspace links point inside the copy.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

const SKIPPED = new Set([".git", ".turbo", "tmp", "coverage"]);

/**
 * Copies the working tree into a new temporary folder and returns its path. With `git`, the copy
 * is committed to a repository of its own: turbo then hashes its files as it does the checkout's
 * (without git it hashes a task's own outputs into some of its inputs), so the checkout's build
 * cache serves the copy. `exclude` leaves out more folders (paths relative to the repo root, such
 * as "packages/mock-server"): a copy with only the packages a test needs builds only those.
 */
export function copyRepo({ withDist = true, git = false, exclude = [] } = {}) {
  const excluded = new Set(exclude.map((path) => path.split("/").join(sep)));
  const target = mkdtempSync(join(tmpdir(), "users-api-bench-"));
  for (const entry of readdirSync(repoRoot)) {
    if (SKIPPED.has(entry) || excluded.has(entry) || entry === "node_modules") continue;
    cpSync(join(repoRoot, entry), join(target, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => {
        const path = relative(repoRoot, source);
        if (excluded.has(path)) return false;
        const parts = path.split(sep);
        if (parts.some((part) => SKIPPED.has(part))) return false;
        return withDist || !parts.includes("dist");
      },
    });
  }
  symlinkSync(join(repoRoot, "node_modules"), join(target, "node_modules"), "dir");
  if (git) {
    const identity = ["-c", "user.name=copy", "-c", "user.email=copy@localhost"];
    for (const args of [
      ["init", "-q"],
      ["add", "-A"],
      [...identity, "commit", "-qm", "copy"],
    ]) {
      execFileSync("git", args, { cwd: target, stdio: "ignore" });
    }
  }
  return target;
}

export function removeCopy(copy) {
  if (!copy.startsWith(tmpdir())) throw new Error(`refusing to remove ${copy}`);
  rmSync(copy, { recursive: true, force: true });
}
