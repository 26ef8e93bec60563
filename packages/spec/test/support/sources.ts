// The spec's sources: the seed tables and the facts file the spec is written from. They live in
// spec/sources/ and belong to this repository; no test reads anything outside the clone.
// Missing files are errors, never skips.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./repo.js";

export const sourcesDir = join(repoRoot, "spec/sources");

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
