// Builds dist/ from scratch: tsc compiles src/, then the generated Ajv code, which is plain
// JavaScript that tsc does not copy, goes beside the compiled wrappers with its declarations.
// That is the module graph bundlers get (the `module` condition); then scripts/lib/node-build.mjs
// bundles it into the few modules per import that Node loads (dist/node/, `default`).
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildForNode } from "./lib/node-build.mjs";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = createRequire(join(packageDir, "package.json")).resolve("typescript/bin/tsc");

rmSync(join(packageDir, "dist"), { recursive: true, force: true });
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: packageDir,
  stdio: "inherit",
});
cpSync(join(packageDir, "src/generated/ajv"), join(packageDir, "dist/generated/ajv"), {
  recursive: true,
});
await buildForNode(packageDir);
