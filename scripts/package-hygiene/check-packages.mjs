#!/usr/bin/env node
// `pnpm check:packages`: every workspace package's `check:package` script, in one node process
// (what `pnpm test` runs). A package's script must be `node <path>/check-package.mjs [options]`;
// its options are read from it, and any other script is refused rather than skipped. One
// `pnpm --recursive pack --dry-run` lists every tarball, and publint, attw and size-limit load
// once: five processes each doing this cost about twice the CPU.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { workspacePackageDirs } from "../workspace-packages.mjs";
import { checkPackage, parseCheckArgs } from "./check-package.mjs";
import { packedFilesOfWorkspace } from "./hygiene.mjs";

// --root: another workspace (the tests' scratch one); by default this repository.
const { values } = parseArgs({ options: { root: { type: "string" } } });
const root = values.root ?? fileURLToPath(new URL("../../", import.meta.url));

/** Each package with a `check:package` script: its folder and the options its script passes. */
const packages = workspacePackageDirs(root).flatMap((packageDir) => {
  const dir = join(root, packageDir);
  const script = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).scripts?.[
    "check:package"
  ];
  if (!script) return [];
  const match = /^node \S*\/check-package\.mjs((?: \S+)*)$/.exec(script);
  if (!match) throw new Error(`${packageDir}: check:package is not check-package.mjs: ${script}`);
  const options = parseCheckArgs((match[1] ?? "").split(" ").filter(Boolean));
  return [{ packageDir, dir, options }];
});

const listings = await packedFilesOfWorkspace(
  root,
  packages.map(({ dir }) => dir),
);
const failed = [];
for (const { packageDir, dir, options } of packages) {
  console.log(`== ${packageDir}`);
  if (!(await checkPackage(dir, options, listings.get(dir)))) failed.push(packageDir);
}
if (failed.length > 0) {
  // A new line first: size-limit's report may end without one.
  console.error(`\ncheck:package failed for ${failed.join(", ")}`);
  process.exitCode = 1;
}
