// A scratch copy of the working tree for benchmarks that run the whole pipeline or edit the
// spec: the checkout (and other people's work in it) is never rewritten. The copy shares the
// root node_modules through a symlink; the packages' own node_modules hold relative symlinks,
// copied as they are, so workspace links point inside the copy.
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(fileURLToPath(new URL("../..", import.meta.url)));

const SKIPPED = new Set([".git", ".turbo", "tmp", "coverage"]);

/** Copies the working tree into a new temporary folder and returns its path. */
export function copyRepo({ withDist = true } = {}) {
  const target = mkdtempSync(join(tmpdir(), "users-api-bench-"));
  for (const entry of readdirSync(repoRoot)) {
    if (SKIPPED.has(entry) || entry === "node_modules") continue;
    cpSync(join(repoRoot, entry), join(target, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (source) => {
        const parts = relative(repoRoot, source).split(sep);
        if (parts.some((part) => SKIPPED.has(part))) return false;
        return withDist || !parts.includes("dist");
      },
    });
  }
  symlinkSync(join(repoRoot, "node_modules"), join(target, "node_modules"), "dir");
  return target;
}

export function removeCopy(copy) {
  if (!copy.startsWith(tmpdir())) throw new Error(`refusing to remove ${copy}`);
  // Retried (ENOTEMPTY, EBUSY, EMFILE, ...) rather than left half removed.
  rmSync(copy, { recursive: true, force: true, maxRetries: 5 });
}
