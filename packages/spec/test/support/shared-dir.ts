// Finds the project's shared folder (seed tables, facts file). It lives beside the repository
// (`<clone>/../shared`), both in the working checkout and in CI's fresh clone. The environment can
// point elsewhere: USERS_API_SEEDS_DIR (the seeds folder) and USERS_API_SHARED_DIR (the shared
// folder), relative paths taken from the repository root. Missing files are errors, never skips.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot } from "./repo.js";

function sharedDir(): string {
  return resolve(repoRoot, process.env["USERS_API_SHARED_DIR"] || "../shared");
}

export function seedsDir(): string {
  const fromEnv = process.env["USERS_API_SEEDS_DIR"];
  const dir = fromEnv ? resolve(repoRoot, fromEnv) : join(sharedDir(), "seeds");
  if (!existsSync(dir)) {
    throw new Error(
      `Seed tables folder not found: ${dir}. It belongs at <repository>/../shared/seeds ` +
        `(beside the clone); set USERS_API_SEEDS_DIR to its location if it lives elsewhere.`,
    );
  }
  return dir;
}

export function readSeed(model: string): string {
  const file = join(seedsDir(), `${model}.md`);
  if (!existsSync(file)) throw new Error(`Seed table missing: ${file}`);
  return readFileSync(file, "utf8");
}

export function readFacts(): string {
  const file = join(sharedDir(), "reference/users-api-facts.md");
  if (!existsSync(file)) {
    throw new Error(
      `Facts file not found: ${file}. It belongs at <repository>/../shared/reference; ` +
        `set USERS_API_SHARED_DIR to the shared folder if it lives elsewhere.`,
    );
  }
  return readFileSync(file, "utf8");
}
