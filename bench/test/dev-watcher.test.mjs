// End to end: scripts/dev.mjs (`pnpm dev`) in a scratch copy of the repo regenerates the bundled
// spec, the types and the validators on save, runs once for a burst of saves, reports a broken
// spec without exiting, and stops with the run it started. The copy reads the checkout's turbo
// cache (never writes it): what the checkout has built (pnpm test builds first) is restored, not
// rebuilt, so the start and the recovery from a broken spec (saved back as it was) are quick,
// and only the edited spec's regeneration runs for real.
//
// The copy holds the packages whose outputs the tests check (spec, types, validators) and not
// their downstream consumers (fetch-client, mock-server): the watcher builds every package it
// finds, and those two would add some 40% to the real regeneration for nothing asserted here.
// The copy's tasks hash as the checkout's do, so the checkout's cache still serves them.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDev, withMarker } from "../lib/dev-loop.mjs";
import { groupMembers, processesIn } from "../lib/processes.mjs";
import { copyRepo, removeCopy, repoRoot } from "../lib/repo-copy.mjs";

let root;
let dev;
let original;
const read = (path) => readFileSync(join(root, path), "utf8");
const count = (pattern, from) => dev.lines.slice(from).filter((line) => pattern.test(line)).length;

beforeAll(() => {
  root = copyRepo({
    withDist: false,
    git: true,
    exclude: ["packages/fetch-client", "packages/mock-server"],
  });
  original = read("spec/openapi.yaml");
  dev = startDev(root, {
    USERS_API_DEV_DEBOUNCE_MS: "300",
    TURBO_CACHE_DIR: join(repoRoot, ".turbo/cache"),
    TURBO_CACHE: "local:r",
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
    // The spec as it was gives the checkout's build again.
    const types = "packages/types/dist/generated/openapi.d.ts";
    expect(read(types)).toBe(readFileSync(join(repoRoot, types), "utf8"));
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
    expect(read("packages/spec/dist/generated/openapi.json")).toContain(`"${marker}"`);
    expect(read("packages/types/dist/generated/openapi.d.ts")).toContain(`${marker}?: string;`);
    expect(read("packages/validators/dist/generated/ajv/validators/org-user.js")).toContain(marker);
    expect(read("packages/types/dist/generated/openapi.d.ts")).not.toContain(`${marker}B`);
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
    // run in groups of their own, and all work in the copy).
    for (let i = 0; i < 100 && processesIn(root).length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(processesIn(root)).toEqual([]);
    expect(groupMembers(dev.pid)).toEqual([]);
  });
});
