// The generator is deterministic: two runs give the same bytes (that the committed files equal
// them is the drift check's job, `pnpm check:drift`). It runs in throwaway copies of the
// repository layout it expects (spec/, redocly.yaml, .prettierrc.json, packages/spec/scripts/
// and src/walk.js), so the committed files are never touched.
import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageDir, repoRoot, toolEnv } from "./support/repo.js";

const run = promisify(execFile);
const outputs = ["openapi.json", "openapi.yaml", "operations.ts"] as const;
const scratchDirs: string[] = [];

async function generateInScratchCopy(): Promise<Record<(typeof outputs)[number], Buffer>> {
  const root = mkdtempSync(join(tmpdir(), "users-api-spec-bundle-"));
  scratchDirs.push(root);
  cpSync(join(repoRoot, "spec"), join(root, "spec"), { recursive: true });
  for (const file of ["redocly.yaml", ".prettierrc.json"]) {
    cpSync(join(repoRoot, file), join(root, file));
  }
  cpSync(join(packageDir, "scripts"), join(root, "packages/spec/scripts"), { recursive: true });
  cpSync(join(packageDir, "src/walk.js"), join(root, "packages/spec/src/walk.js"));
  await run(process.execPath, [join(root, "packages/spec/scripts/generate.mjs")], {
    cwd: root,
    env: toolEnv(),
  });
  const generated = join(root, "packages/spec/src/generated");
  return Object.fromEntries(
    outputs.map((file) => [file, readFileSync(join(generated, file))]),
  ) as Record<(typeof outputs)[number], Buffer>;
}

describe("bundling", () => {
  let first: Record<(typeof outputs)[number], Buffer>;
  let second: Record<(typeof outputs)[number], Buffer>;

  beforeAll(async () => {
    [first, second] = await Promise.all([generateInScratchCopy(), generateInScratchCopy()]);
  }, 60_000);

  afterAll(() => {
    for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
  });

  it.each(outputs)("two runs give identical %s", (file) => {
    expect(first[file].length).toBeGreaterThan(0);
    expect(first[file].equals(second[file])).toBe(true);
  });

  it("the JSON and YAML bundles hold the same document", async () => {
    const { parse } = await import("yaml");
    expect(parse(first["openapi.yaml"].toString("utf8"))).toEqual(
      JSON.parse(first["openapi.json"].toString("utf8")),
    );
  });
});
