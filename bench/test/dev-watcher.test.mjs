// End to end: scripts/dev.mjs (`pnpm dev`) with real turbo and pnpm regenerates the spec, types
// and validators packages on save, runs once for a burst of saves, reports a broken spec without
// exiting, and stops with the run it started.
//
// It runs in a small workspace of its own: the repo's turbo.json, root manifest, lockfile, spec/
// and scripts/dev.mjs, and the three packages' manifests (names and dependencies: the task graph)
// with one stand-in script each (fixtures/package-step.mjs): spec's `generate` and the others'
// `build`, so that both task definitions of turbo.json (inputs, `dependsOn`) carry the edit from
// spec/ to the outputs checked. What this proves is the watcher and that wiring; the real scripts
// (redocly, tsc, Ajv: some 35 CPU-seconds a regeneration, and a pnpm start per task) are run and
// tested by the package tasks. The workspace has a turbo cache of its own: saving the spec back
// as it was restores the start's build from it.
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDev, withMarker } from "../lib/dev-loop.mjs";
import { groupMembers, processesIn } from "../lib/processes.mjs";
import { removeCopy, repoRoot } from "../lib/repo-copy.mjs";

const COPIED = [
  "package.json",
  "pnpm-workspace.yaml",
  "pnpm-lock.yaml",
  ".npmrc",
  "turbo.json",
  "tsconfig.base.json",
  ".prettierrc.json",
  "redocly.yaml",
  "scripts/dev.mjs",
  "spec",
];
const STEP = join(import.meta.dirname, "fixtures/package-step.mjs");
const TYPES = "packages/types/dist/generated/openapi.d.ts";

function makeWorkspace() {
  const root = mkdtempSync(join(tmpdir(), "users-api-dev-watcher-"));
  for (const path of COPIED) cpSync(join(repoRoot, path), join(root, path), { recursive: true });
  for (const name of ["spec", "types", "validators"]) {
    const dir = join(root, "packages", name);
    const manifest = JSON.parse(
      readFileSync(join(repoRoot, "packages", name, "package.json"), "utf8"),
    );
    manifest.scripts = { [name === "spec" ? "generate" : "build"]: "node scripts/step.mjs" };
    mkdirSync(join(dir, "scripts"), { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
    copyFileSync(STEP, join(dir, "scripts/step.mjs"));
  }
  symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

let root;
let dev;
let original;
let startTypes;
const read = (path) => readFileSync(join(root, path), "utf8");
const count = (pattern, from) => dev.lines.slice(from).filter((line) => pattern.test(line)).length;

beforeAll(() => {
  root = makeWorkspace();
  original = read("spec/openapi.yaml");
  dev = startDev(root, {
    USERS_API_DEV_DEBOUNCE_MS: "300",
    TURBO_CACHE_DIR: join(root, ".turbo/cache"),
    TURBO_CACHE: "local:rw",
    // Even in a run that bypasses the cache for its own tasks (scripts/test-under-load.sh).
    TURBO_FORCE: "false",
  });
});

afterAll(async () => {
  await dev?.stop();
  if (root) removeCopy(root);
});

describe("pnpm dev", () => {
  it("builds everything when it starts, then watches", async () => {
    const watching = await dev.waitFor(/\[dev\] watching spec\//);
    expect(count(/\[dev\] up to date/, 0)).toBe(1);
    expect(watching).toBeGreaterThan(0);
    startTypes = read(TYPES);
    expect(startTypes).toMatch(/export interface OrgUser \{\n {2}\w+\?: string;/);
  });

  it("reports a broken spec and keeps watching; the next good save recovers", async () => {
    const from = dev.lines.length;
    writeFileSync(join(root, "spec/openapi.yaml"), `${original}\n  broken: [unclosed\n`);
    const failed = await dev.waitFor(/\[dev\] (failed|up to date)/, { after: from });
    expect(dev.lines[failed]).toMatch(/failed \(exit \d+\); fix the spec and save again/);
    await dev.waitFor(/\[dev\] watching spec\//, { after: failed });
    expect(dev.alive()).toBe(true);

    const fixFrom = dev.lines.length;
    writeFileSync(join(root, "spec/openapi.yaml"), original);
    const back = await dev.waitFor(/\[dev\] (up to date|failed)/, { after: fixFrom });
    expect(dev.lines[back]).toMatch(/up to date/);
    // Idle again (no run pending), so that the next test's saves start the only run.
    await dev.waitFor(/\[dev\] watching spec\//, { after: back });
    // The spec as it was gives the start's build again.
    expect(read(TYPES)).toBe(startTypes);
  });

  it("regenerates spec, types and validators once for a burst of saves", async () => {
    const from = dev.lines.length;
    const marker = `devTest${Date.now().toString(36)}`;
    for (const suffix of ["A", "B", ""]) {
      writeFileSync(join(root, "spec/openapi.yaml"), withMarker(original, marker + suffix));
    }
    const done = await dev.waitFor(/\[dev\] (up to date|failed)/, { after: from });
    expect(dev.lines[done]).toMatch(/up to date/);
    await dev.waitFor(/\[dev\] watching spec\//, { after: done });
    expect(count(/regenerating/, from)).toBe(1);
    expect(read("packages/spec/src/generated/openapi.json")).toContain(`"${marker}"`);
    expect(read(TYPES)).toContain(`${marker}?: string;`);
    expect(read("packages/validators/dist/generated/ajv/validators/org-user.js")).toContain(
      `"${marker}"`,
    );
    expect(read(TYPES)).not.toContain(`${marker}B`);
  });

  it("stops on SIGTERM, taking its turbo run with it", async () => {
    const from = dev.lines.length;
    writeFileSync(join(root, "spec/openapi.yaml"), withMarker(original, "devTestStop"));
    await dev.waitFor(/changed: regenerating/, { after: from });
    process.kill(dev.pid, "SIGTERM");
    const { code } = await dev.exit;
    // Stopping is how a watcher ends: exit 0, so that `pnpm dev` reports no failure.
    expect(code).toBe(0);
    // Nothing is left running: not the watcher's process group, nor turbo and its tasks (which
    // run in groups of their own, and all work in the workspace).
    for (let i = 0; i < 100 && processesIn(root).length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(processesIn(root)).toEqual([]);
    expect(groupMembers(dev.pid)).toEqual([]);
  });
});
