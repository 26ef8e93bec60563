#!/usr/bin/env node
// Breaking-change gate: fail when the pending changesets plan a smaller release of the
// @users-api/* packages than the change to the spec since the last release needs.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { runWhenMain } from "./cli.mjs";
import { parseArgs } from "node:util";
import { decide } from "./bumps.mjs";
import { classifySpecs } from "./classify.mjs";
import { extractDirAt, findBase, repoRoot } from "./git-base.mjs";
import { bundleSpecs } from "./redocly.mjs";
import { plannedBump, readReleasePlan } from "./release-plan.mjs";
import { formatResult } from "./report.mjs";

const USAGE = `Usage: node scripts/breaking/check-breaking.mjs [--base <git-ref>] [--spec <path>] [--scope <prefix>]

Compares the spec with the last release (the newest "<scope>*@*" tag reachable from HEAD, else
the merge-base with the changesets base branch) and fails when the pending changesets plan a
smaller bump than the change needs.

  --base <git-ref>   compare with this commit instead
  --spec <path>      root file of the spec, relative to the repository root (default spec/openapi.yaml)
  --scope <prefix>   package name prefix whose planned bump counts (default @users-api/)`;

/** @param {string} root */
async function changesetsBaseBranch(root) {
  try {
    const config = JSON.parse(await readFile(join(root, ".changeset", "config.json"), "utf8"));
    return typeof config.baseBranch === "string" ? config.baseBranch : "main";
  } catch {
    return "main";
  }
}

/**
 * The gate's comparison, shared with `pnpm changeset:spec`: find the base (last release tag, else
 * the fork point), bundle the spec there and in the working tree, and classify the difference.
 * @param {{ cwd: string; base?: string | undefined; spec: string; scope: string }} options
 * @returns {Promise<
 *   | { root: string; specPath: string; compared: false; message: string }
 *   | {
 *       root: string;
 *       specPath: string;
 *       compared: true;
 *       baseLabel: string;
 *       classification: Awaited<ReturnType<typeof classifySpecs>>;
 *     }
 * >}
 */
export async function compareWithBase({ cwd, base, spec, scope }) {
  const root = await repoRoot(cwd);
  const specPath = relative(root, resolve(root, spec));
  const found = await findBase(root, { base, scope, baseBranch: await changesetsBaseBranch(root) });
  if (found === undefined) {
    return {
      root,
      specPath,
      compared: false,
      message: `no release yet (no ${scope}*@* tag, no base branch): nothing to compare.`,
    };
  }
  const workDir = await mkdtemp(join(tmpdir(), "check-breaking-"));
  try {
    const baseTree = join(workDir, "base");
    if (!(await extractDirAt(root, found.ref, dirname(specPath), baseTree))) {
      return {
        root,
        specPath,
        compared: false,
        message: `${dirname(specPath)}/ does not exist at ${found.label}: nothing to compare.`,
      };
    }
    const configPath = join(root, "redocly.yaml");
    const config = existsSync(configPath) ? configPath : undefined;
    const [baseBundle, headBundle] = [join(workDir, "base.json"), join(workDir, "head.json")];
    await bundleSpecs([join(baseTree, specPath), join(root, specPath)], [baseBundle, headBundle], {
      config,
    });
    const classification = await classifySpecs(baseBundle, headBundle, { config });
    return { root, specPath, compared: true, baseLabel: found.label, classification };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * @param {{ cwd: string; base?: string | undefined; spec: string; scope: string }} options
 * @returns {Promise<{ exitCode: 0 | 1; message: string }>}
 */
export async function checkBreaking({ cwd, base, spec, scope }) {
  const comparison = await compareWithBase({ cwd, base, spec, scope });
  if (!comparison.compared) {
    return { exitCode: 0, message: `check:breaking: ${comparison.message}` };
  }
  const { root, specPath, baseLabel, classification } = comparison;
  const plan = plannedBump(await readReleasePlan(root), scope);
  const verdict = decide(classification.bump, plan.bump);
  const message = formatResult({ specPath, baseLabel, scope, classification, plan, verdict });
  return { exitCode: verdict.ok ? 0 : 1, message };
}

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      spec: { type: "string", default: "spec/openapi.yaml" },
      scope: { type: "string", default: "@users-api/" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { exitCode, message } = await checkBreaking({
    cwd: process.cwd(),
    base: values.base,
    spec: values.spec,
    scope: values.scope,
  });
  (exitCode === 0 ? console.log : console.error)(message);
  return exitCode;
}

runWhenMain(import.meta.url, "check:breaking", main);
