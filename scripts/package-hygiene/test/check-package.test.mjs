// check-package.mjs runs publint and attw through their libraries, not their CLIs: a small
// package that both pass, and the same package with its types left out of the tarball, which both
// must refuse (the exit code a turbo task fails on).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const script = fileURLToPath(new URL("../check-package.mjs", import.meta.url));

/** @type {string[]} */
const dirs = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A package with one ESM entry point and its types; `files` decides what the tarball holds. */
async function scratchPackage(/** @type {string[]} */ files) {
  const dir = await mkdtemp(join(tmpdir(), "check-package-"));
  dirs.push(dir);
  await mkdir(join(dir, "dist"));
  const manifest = {
    name: "@scratch/check-package",
    version: "1.0.0",
    license: "MIT",
    type: "module",
    sideEffects: false,
    exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
    files,
  };
  await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, "dist/index.js"), "export const answer = 42;\n");
  await writeFile(join(dir, "dist/index.d.ts"), "export declare const answer: number;\n");
  await writeFile(join(dir, "LICENSE"), "MIT\n");
  return dir;
}

/** @param {string} cwd */
async function checkPackage(cwd) {
  try {
    const { stdout } = await run(process.execPath, [script], { cwd });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = /** @type {{ code: number; stdout: string }} */ (error);
    return { code, stdout };
  }
}

describe("check-package.mjs", () => {
  it("passes a package whose exports and types ship", async () => {
    const result = await checkPackage(await scratchPackage(["dist"]));
    expect(result.stdout).toContain("publint --strict: all good");
    expect(result.stdout).toContain("attw --profile esm-only: no problems (1 entrypoints)");
    expect(result.code, result.stdout).toBe(0);
  });

  it("fails a package whose tarball leaves out the types its exports name", async () => {
    const result = await checkPackage(await scratchPackage(["dist", "!dist/index.d.ts"]));
    expect(result.code, result.stdout).toBe(1);
    // publint: the file `types` names is not in the tarball.
    expect(result.stdout).toMatch(/error: .*dist\/index\.d\.ts/);
    // attw: no types resolve for the entry point.
    expect(result.stdout).toMatch(/attw --profile esm-only:\n/);
    expect(result.stdout).not.toContain("no problems");
  });
});
