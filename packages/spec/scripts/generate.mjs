// Bundles the hand-maintained spec (spec/openapi.yaml and anything it $refs) into one
// document, as JSON and YAML, formatted with prettier so that diffs stay stable.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(packageDir, "../..");
const outDir = join(packageDir, "src/generated");
const env = { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" };

mkdirSync(outDir, { recursive: true });
for (const ext of ["json", "yaml"]) {
  execFileSync(
    "redocly",
    [
      "bundle",
      join(repoRoot, "spec/openapi.yaml"),
      "--ext",
      ext,
      "--output",
      join(outDir, `openapi.${ext}`),
    ],
    { cwd: repoRoot, env, stdio: ["ignore", "ignore", "pipe"] },
  );
}
execFileSync("prettier", ["--write", "--log-level", "warn", outDir], {
  cwd: repoRoot,
  stdio: "inherit",
});
