// Builds dist/ from scratch: tsc compiles src/, then the generated Ajv code, which is plain
// JavaScript that tsc does not copy, goes beside the compiled wrappers with its declarations.
import { execFileSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

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
