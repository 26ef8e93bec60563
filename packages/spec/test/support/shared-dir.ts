// Finds the spec's sources: the seed tables and the facts file. The repository keeps copies in
// spec/sources/ so that any clone tests on its own; the project's shared folder beside the clone
// (`<clone>/../shared`, or USERS_API_SHARED_DIR / USERS_API_SEEDS_DIR, relative paths taken from
// the repository root) is the original, and sources.test.ts checks the copies still match it.
// Missing files are errors, never skips.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "./repo.js";

export const sourcesDir = join(repoRoot, "spec/sources");

/** The shared folder beside the clone, or undefined when this clone has none. */
export function sharedDir(): string | undefined {
  const dir = resolve(repoRoot, process.env["USERS_API_SHARED_DIR"] || "../shared");
  return existsSync(dir) ? dir : undefined;
}

/** The original seeds folder, when it can be found. */
export function sharedSeedsDir(): string | undefined {
  const fromEnv = process.env["USERS_API_SEEDS_DIR"];
  if (fromEnv) return resolve(repoRoot, fromEnv);
  const shared = sharedDir();
  return shared === undefined ? undefined : join(shared, "seeds");
}

function readRequired(file: string, what: string): string {
  if (!existsSync(file)) {
    throw new Error(`${what} not found: ${file}. See spec/sources/README.md.`);
  }
  return readFileSync(file, "utf8");
}

export function readSeed(model: string): string {
  return readRequired(join(sourcesDir, "seeds", `${model}.md`), "Seed table");
}

export function readFacts(): string {
  return readRequired(join(sourcesDir, "reference/users-api-facts.md"), "Facts file");
}
