#!/usr/bin/env node
// `pnpm changeset:spec`: write the changeset the spec change needs. The bump and the list of API
// changes come from the breaking-change gate's own comparison (compareWithBase: last release tag,
// redocly bundle + diff, classify.mjs), so the changeset asks for exactly what `pnpm
// check:breaking` requires, and its summary, which `changeset version` puts into every package's
// CHANGELOG.md, names each operation and field that changed.
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { runWhenMain } from "./cli.mjs";
import { parseArgs } from "node:util";
import { bumpRank } from "./bumps.mjs";
import { compareWithBase } from "./check-breaking.mjs";
import { classifySpecs } from "./classify.mjs";
import { repoRoot } from "./git-base.mjs";

const USAGE = `Usage: pnpm changeset:spec [--base <git-ref>] [--name <name>] [--dry-run]
       pnpm changeset:spec --base-spec <file> --head-spec <file> [--name <name>] [--dry-run]

Compares the spec with the last release, as \`pnpm check:breaking\` does, and writes
.changeset/<name>.md: the bump the change needs for every <scope>* package, and a summary of
the API changes (operations and fields added, removed, changed), breaking ones first. Running it
again rewrites the file it wrote before; with no API change it writes nothing.

  --base <git-ref>     compare with this commit instead of the last release
  --spec <path>        root file of the spec (default spec/openapi.yaml)
  --base-spec <file>   compare these two spec files instead of git revisions (paths
  --head-spec <file>   relative to the current directory: the root under pnpm)
  --scope <prefix>     packages to release (default @users-api/)
  --name <name>        changeset file name without .md (default spec-api-changes)
  --dry-run            print the changeset instead of writing it
  --force              overwrite .changeset/<name>.md even if this tool did not write it`;

export const DEFAULT_NAME = "spec-api-changes";
/** The first words of every summary this tool writes: how it recognises its own file. */
const HEADLINE = "API changes in ";

/**
 * The published packages of the scope in the workspace (packages/*), sorted by name.
 * @param {string} root
 * @param {string} scope
 */
export async function scopePackages(root, scope) {
  const dirs = await readdir(join(root, "packages")).catch(() => []);
  /** @type {string[]} */
  const names = [];
  for (const dir of dirs) {
    const manifest = await readFile(join(root, "packages", dir, "package.json"), "utf8").catch(
      () => undefined,
    );
    if (manifest === undefined) continue;
    const { name, private: isPrivate } = JSON.parse(manifest);
    if (typeof name === "string" && name.startsWith(scope) && isPrivate !== true) names.push(name);
  }
  return names.sort();
}

/**
 * The changeset text: frontmatter with the bump for every package, then the summary.
 * @param {{
 *   classification: { bump: import("./bumps.mjs").Bump; changes: import("./classify.mjs").Change[] };
 *   packages: string[];
 *   specPath: string;
 *   baseLabel: string;
 * }} input
 * @returns {string | undefined} undefined when there is no API change
 */
export function formatChangeset({ classification, packages, specPath, baseLabel }) {
  const { bump, changes } = classification;
  if (bump === "none") return undefined;
  if (packages.length === 0) throw new Error("no packages to release: is the scope right?");
  const ordered = [...changes].sort((a, b) => bumpRank(b.impact) - bumpRank(a.impact));
  /** @param {(change: import("./classify.mjs").Change) => boolean} keep */
  const linesOf = (keep) => [...new Set(ordered.filter(keep).flatMap((change) => change.api))];
  const breaking = linesOf((change) => change.impact === "major");
  const nonBreaking = linesOf((change) => change.impact !== "major");
  const count = (/** @type {number} */ n, /** @type {string} */ what) => `${n} ${what}`;
  const body = [
    `${HEADLINE}\`${specPath}\` (compared with ${baseLabel}): ` +
      `${count(breaking.length, "breaking")}, ${count(nonBreaking.length, "non-breaking")}.`,
  ];
  if (breaking.length > 0) {
    body.push("", "**Breaking changes**", "", ...breaking.map((line) => `- ${line}`));
  }
  if (nonBreaking.length > 0) {
    body.push("", "**Non-breaking changes**", "", ...nonBreaking.map((line) => `- ${line}`));
  }
  const frontmatter = packages.map((name) => `${JSON.stringify(name)}: ${bump}`);
  return ["---", ...frontmatter, "---", "", ...body, ""].join("\n");
}

/**
 * @param {{
 *   cwd: string;
 *   base?: string | undefined;
 *   spec: string;
 *   baseSpec?: string | undefined;
 *   headSpec?: string | undefined;
 *   scope: string;
 *   name: string;
 *   dryRun?: boolean;
 *   force?: boolean;
 * }} options
 * @returns {Promise<{ exitCode: 0 | 1; message: string; file?: string; text?: string }>}
 */
export async function changesetSpec(options) {
  const { cwd, scope, name } = options;
  if (!/^[\w.-]+$/.test(name)) throw new Error(`--name ${name}: use letters, digits, . _ -`);
  /** @type {{ root: string; specPath: string; baseLabel: string; classification: Awaited<ReturnType<typeof classifySpecs>> }} */
  let comparison;
  if (options.baseSpec !== undefined || options.headSpec !== undefined) {
    if (options.baseSpec === undefined || options.headSpec === undefined) {
      throw new Error("--base-spec and --head-spec go together");
    }
    const root = await repoRoot(cwd).catch(() => cwd);
    const [baseFile, headFile] = [resolve(cwd, options.baseSpec), resolve(cwd, options.headSpec)];
    const configPath = join(root, "redocly.yaml");
    const config = existsSync(configPath) ? configPath : undefined;
    comparison = {
      root,
      specPath: basename(headFile),
      baseLabel: `\`${basename(baseFile)}\``,
      classification: await classifySpecs(baseFile, headFile, { config }),
    };
  } else {
    const compared = await compareWithBase({ cwd, base: options.base, spec: options.spec, scope });
    if (!compared.compared) {
      return { exitCode: 0, message: `changeset:spec: ${compared.message}` };
    }
    comparison = compared;
  }
  const { root, specPath, baseLabel, classification } = comparison;
  const file = join(root, ".changeset", `${name}.md`);
  const existing = await readFile(file, "utf8").catch(() => undefined);
  const ours = existing === undefined || existing.includes(`\n${HEADLINE}`);
  const packages = await scopePackages(root, scope);
  const text = formatChangeset({ classification, packages, specPath, baseLabel });
  const relativeFile = `.changeset/${name}.md`;

  if (text === undefined) {
    const removed = existing !== undefined && ours && !options.dryRun;
    if (removed) await rm(file);
    return {
      exitCode: 0,
      message:
        `changeset:spec: no API changes in ${specPath} (compared with ${baseLabel}): no changeset needed` +
        (removed ? `; removed the stale ${relativeFile}.` : "."),
    };
  }
  if (options.dryRun) return { exitCode: 0, message: text, text };
  if (!ours && !options.force) {
    return {
      exitCode: 1,
      message: `changeset:spec: ${relativeFile} exists and was not written by changeset:spec; pass --name <other> or --force.`,
    };
  }
  await mkdir(join(root, ".changeset"), { recursive: true });
  await writeFile(file, text);
  return {
    exitCode: 0,
    message: `changeset:spec: wrote ${relativeFile} (${classification.bump} for ${packages.length} packages).\n\n${text}`,
    file,
    text,
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      spec: { type: "string", default: "spec/openapi.yaml" },
      "base-spec": { type: "string" },
      "head-spec": { type: "string" },
      scope: { type: "string", default: "@users-api/" },
      name: { type: "string", default: DEFAULT_NAME },
      "dry-run": { type: "boolean", default: false },
      force: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const { exitCode, message } = await changesetSpec({
    cwd: process.cwd(),
    base: values.base,
    spec: values.spec,
    baseSpec: values["base-spec"],
    headSpec: values["head-spec"],
    scope: values.scope,
    name: values.name,
    dryRun: values["dry-run"],
    force: values.force,
  });
  (exitCode === 0 ? console.log : console.error)(message);
  return exitCode;
}

runWhenMain(import.meta.url, "changeset:spec", main);
