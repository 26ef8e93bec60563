// check-packages.mjs in a scratch workspace. It runs publint and attw through their libraries, not
// their CLIs (check-package.mjs, which a package's own `check:package` runs alone): each package
// is checked with the options its script gives, every package is reported even after one fails,
// the run fails when any does, and a `check:package` script it cannot read is refused, never
// skipped.
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../check-packages.mjs", import.meta.url));
const checkPackage = fileURLToPath(new URL("../check-package.mjs", import.meta.url));

/** @type {string[]} */
const dirs = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/**
 * A workspace of packages with one ESM entry point each; `files` decides what a tarball holds.
 * `extra` adds a `./extra` entry point without types.
 * @param {Record<string, { files: string[]; script?: string; extra?: boolean }>} packages
 */
async function scratchWorkspace(packages) {
  const root = await mkdtemp(join(tmpdir(), "check-packages-"));
  dirs.push(root);
  await writeFile(join(root, "package.json"), '{ "name": "scratch", "private": true }\n');
  await writeFile(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n");
  for (const [name, { files, script = `node ${checkPackage}`, extra }] of Object.entries(
    packages,
  )) {
    const dir = join(root, "packages", name);
    await mkdir(join(dir, "dist"), { recursive: true });
    const manifest = {
      name: `@scratch/${name}`,
      version: "1.0.0",
      license: "MIT",
      type: "module",
      sideEffects: false,
      exports: {
        ".": { types: "./dist/index.d.ts", default: "./dist/index.js" },
        ...(extra ? { "./extra": "./dist/extra.js" } : {}),
      },
      files,
      scripts: { "check:package": script },
    };
    await writeFile(join(dir, "package.json"), JSON.stringify(manifest, null, 2));
    await writeFile(join(dir, "dist/index.js"), "export const answer = 42;\n");
    await writeFile(join(dir, "dist/index.d.ts"), "export declare const answer: number;\n");
    if (extra) await writeFile(join(dir, "dist/extra.js"), "export const extra = 1;\n");
    await writeFile(join(dir, "LICENSE"), "MIT\n");
  }
  return root;
}

/** @param {string} root */
function checkPackages(root) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, "--root", root], {
    encoding: "utf8",
  });
  return { code: status, stdout, stderr };
}

describe("check-packages.mjs", () => {
  it("checks every package with its script's options, and fails naming each package that fails", async () => {
    const root = await scratchWorkspace({
      // publint and attw: the types the exports name are not in the tarball.
      a: { files: ["dist", "!dist/index.d.ts"] },
      // ./extra has no types, which its script tells attw to leave out...
      b: {
        files: ["dist"],
        extra: true,
        script: `node ${checkPackage} --exclude-entrypoints ./extra`,
      },
      // ...and this one's does not.
      c: { files: ["dist"], extra: true },
    });
    const result = checkPackages(root);
    expect(result.code, result.stdout).toBe(1);
    const [, a = "", b = "", c = ""] = result.stdout.split(/^== /m);
    expect(a).toMatch(/^packages\/a\n/);
    expect(a).toMatch(/error: .*dist\/index\.d\.ts/);
    expect(b).toMatch(/^packages\/b\n/);
    expect(b).toContain("publint --strict: all good");
    expect(b).toContain("attw --profile esm-only: no problems (1 entrypoints)");
    expect(c).toMatch(/^packages\/c\n/);
    expect(c).not.toContain("no problems");
    expect(result.stderr).toContain("check:package failed for packages/a, packages/c");
  });

  it("refuses a check:package script that is not check-package.mjs", async () => {
    const root = await scratchWorkspace({ a: { files: ["dist"], script: "publint --strict" } });
    const result = checkPackages(root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("packages/a: check:package is not check-package.mjs");
  });
});
