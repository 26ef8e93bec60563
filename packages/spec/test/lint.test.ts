// The hand-maintained spec passes `redocly lint` under the repository's redocly.yaml with no
// errors and no warnings.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { redoclyCli, repoRoot, specFile, toolEnv } from "./support/repo.js";

const run = promisify(execFile);

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string }[];
}

it("lints clean (no errors, no warnings)", async () => {
  // execFile rejects on a non-zero exit, which fails the test with redocly's output.
  const { stdout } = await run(
    process.execPath,
    [redoclyCli, "lint", specFile, "--format", "json"],
    {
      cwd: repoRoot,
      env: toolEnv(),
    },
  );
  const report = JSON.parse(stdout) as LintReport;
  expect(report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
}, 30_000);
