// Compares the CI entry points with the README's Quick start, which is the one place the
// commands are written down: `.ci/run`, `.github/workflows/ci.yml` and
// `.github/workflows/release.yml` must run them exactly as the README writes them. Every check
// returns a list of problems (empty when everything agrees) so a test can show all of them.
import { parse } from "yaml";

/** The Node major versions hosted CI must cover (the README asks for Node >= 20.19). */
export const NODE_VERSIONS = ["20", "22", "24"];

/**
 * The commands of the first code block under the README's "## Quick start" heading, in order,
 * without comments and blank lines.
 * @param {string} markdown
 * @returns {string[]}
 */
export function readmeQuickStartCommands(markdown) {
  const lines = markdown.split(/\r?\n/);
  const heading = lines.findIndex((line) => /^##\s+Quick start\s*$/i.test(line));
  if (heading < 0) throw new Error('README.md has no "## Quick start" section');
  const nextHeading = lines.findIndex((line, index) => index > heading && /^##\s/.test(line));
  const end = nextHeading < 0 ? lines.length : nextHeading;
  const open = lines.findIndex(
    (line, index) => index > heading && index < end && /^```/.test(line),
  );
  if (open < 0) throw new Error('README.md has no code block in its "Quick start" section');
  const close = lines.findIndex((line, index) => index > open && /^```\s*$/.test(line));
  if (close < 0) throw new Error('README.md: the "Quick start" code block is not closed');
  return shellCommands(lines.slice(open + 1, close).join("\n"));
}

/**
 * The command lines of a shell script or snippet: trimmed, without comments and blank lines.
 * @param {string} text
 * @returns {string[]}
 */
export function shellCommands(text) {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/**
 * How the README runs pnpm (`npx -y pnpm@10.34.9`), read from its test command
 * (`npx -y pnpm@10.34.9 test`); workflows run the package scripts with the same prefix.
 * @param {readonly string[]} commands the README's Quick start commands
 */
export function pnpmPrefix(commands) {
  for (const command of commands) {
    const match = /^(.*\bpnpm(?:@\S+)?)\s+test$/.exec(command);
    if (match?.[1]) return match[1];
  }
  throw new Error(`none of the README's Quick start commands runs "pnpm test": ${commands}`);
}

/**
 * Where `expected` is missing from `actual` or out of order: every expected command must be
 * one entry of `actual` (exactly, after trimming), in the expected order.
 * @param {readonly string[]} actual
 * @param {readonly string[]} expected
 * @param {string} where e.g. "ci.yml job test"
 * @returns {string[]}
 */
function missingInOrder(actual, expected, where) {
  const problems = [];
  let from = 0;
  for (const [index, command] of expected.entries()) {
    const found = actual.indexOf(command, from);
    if (found >= 0) {
      from = found + 1;
    } else if (actual.includes(command)) {
      problems.push(`${where}: README command ${index + 1} runs out of order: ${command}`);
    } else {
      problems.push(`${where}: does not run README command ${index + 1}: ${command}`);
    }
  }
  return problems;
}

/**
 * @typedef {{ uses?: unknown; run?: unknown; with?: Record<string, unknown>; env?: Record<string, unknown> }} Step
 * @typedef {{ steps?: Step[]; strategy?: { matrix?: Record<string, unknown> }; container?: unknown; permissions?: unknown; env?: Record<string, unknown> }} Job
 * @typedef {{ on?: unknown; jobs?: Record<string, Job>; permissions?: unknown; env?: Record<string, unknown> }} Workflow
 */

/**
 * @param {string} text
 * @param {string} name
 * @returns {Workflow}
 */
function parseWorkflow(text, name) {
  /** @type {unknown} */
  const document = parse(text);
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new Error(`${name} is not a YAML mapping`);
  }
  return /** @type {Workflow} */ (document);
}

/** @param {Job} job */
function steps(job) {
  return Array.isArray(job.steps) ? job.steps : [];
}

/** @param {Step} step */
function runOf(step) {
  return typeof step.run === "string" ? step.run.trim() : undefined;
}

/** @param {Step} step @param {string} action e.g. "actions/setup-node" */
function uses(step, action) {
  return typeof step.uses === "string" && step.uses.startsWith(`${action}@`);
}

/**
 * The Node versions a job runs on: its setup-node `node-version`, or else the tag of its
 * `node:<version>-...` container image, expanded over the matrix when it is `${{ matrix.<name> }}`.
 * @param {Job} job
 * @returns {string[]}
 */
function nodeVersionsOf(job) {
  const setupNode = steps(job).find((step) => uses(step, "actions/setup-node"));
  const container = /** @type {{ image?: unknown } | string | undefined} */ (job.container);
  const image = typeof container === "object" && container !== null ? container.image : container;
  const version =
    setupNode?.with?.["node-version"] ??
    (typeof image === "string"
      ? /^node:(\$\{\{[^}]*\}\}|[\w.]+?)(-[\w.-]+)?$/.exec(image)?.[1]
      : undefined);
  if (version === undefined || version === null) return [];
  const matrixName = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(String(version).trim())?.[1];
  if (matrixName === undefined) return [String(version)];
  const values = job.strategy?.matrix?.[matrixName];
  return Array.isArray(values) ? values.map(String) : [];
}

/**
 * `.github/workflows/ci.yml` must run every README command as a `run:` step, in order, on every
 * Node version in `nodeVersions`.
 * @param {string} text the workflow file
 * @param {readonly string[]} commands the README's Quick start commands
 * @param {readonly string[]} [nodeVersions]
 * @returns {string[]} problems
 */
export function checkCiWorkflow(text, commands, nodeVersions = NODE_VERSIONS) {
  const workflow = parseWorkflow(text, "ci.yml");
  const jobs = Object.entries(workflow.jobs ?? {});
  if (jobs.length === 0) return ["ci.yml: has no jobs"];

  const covered = new Set();
  /** @type {string[]} */
  const jobProblems = [];
  for (const [name, job] of jobs) {
    const runs = steps(job).flatMap((step) => runOf(step) ?? []);
    const problems = missingInOrder(runs, commands, `ci.yml job ${name}`);
    if (problems.length === 0) {
      for (const version of nodeVersionsOf(job)) covered.add(version);
    } else {
      jobProblems.push(...problems);
    }
  }
  const uncovered = nodeVersions
    .filter((version) => !covered.has(version))
    .map((version) => `ci.yml: the README commands do not run on Node ${version}`);
  // When no job runs the commands, why each job does not says more than the versions missing.
  return covered.size === 0 && jobProblems.length > 0 ? jobProblems : uncovered;
}

/**
 * `.ci/run` must run every README command, each on a line of its own, in order.
 * @param {string} text the script
 * @param {readonly string[]} commands the README's Quick start commands
 * @returns {string[]} problems
 */
export function checkCiScript(text, commands) {
  return missingInOrder(shellCommands(text), commands, ".ci/run");
}

/**
 * @param {unknown} permissions
 * @returns {Record<string, unknown>}
 */
function permissionMap(permissions) {
  return permissions !== null && typeof permissions === "object"
    ? /** @type {Record<string, unknown>} */ (permissions)
    : {};
}

/**
 * `.github/workflows/release.yml` must, on a push to main, install and build with the README's
 * first command and then run `changesets/action` whose `version` and `publish` are the root
 * `version-packages` and `release` scripts run the README's way, with npm provenance.
 * @param {string} text the workflow file
 * @param {readonly string[]} commands the README's Quick start commands
 * @param {Record<string, string>} rootScripts the root package.json's `scripts`
 * @returns {string[]} problems
 */
export function checkReleaseWorkflow(text, commands, rootScripts) {
  const workflow = parseWorkflow(text, "release.yml");
  const problems = [];
  const prefix = pnpmPrefix(commands);
  const [installAndBuild] = commands;

  const on = /** @type {{ push?: { branches?: unknown } } | undefined} */ (workflow.on);
  const branches = on?.push?.branches;
  if (!Array.isArray(branches) || !branches.includes("main")) {
    problems.push("release.yml: does not run on a push to main");
  }

  const entry = Object.entries(workflow.jobs ?? {}).find(([, job]) =>
    steps(job).some((step) => uses(step, "changesets/action")),
  );
  if (entry === undefined) return [...problems, "release.yml: no job uses changesets/action"];
  const [name, job] = entry;
  const jobSteps = steps(job);
  const actionIndex = jobSteps.findIndex((step) => uses(step, "changesets/action"));
  const action = jobSteps[actionIndex] ?? {};

  const runsBefore = jobSteps.slice(0, actionIndex).flatMap((step) => runOf(step) ?? []);
  if (installAndBuild === undefined || !runsBefore.includes(installAndBuild)) {
    problems.push(
      `release.yml job ${name}: does not install and build with README command 1 before changesets/action: ${installAndBuild}`,
    );
  }

  const expected = { version: "version-packages", publish: "release" };
  for (const [input, script] of Object.entries(expected)) {
    const value = action.with?.[input];
    const want = `${prefix} ${script}`;
    if (typeof value !== "string" || value.trim() !== want) {
      problems.push(
        `release.yml job ${name}: changesets/action ${input} is ${JSON.stringify(value)}, expected ${JSON.stringify(want)} (the root "${script}" script)`,
      );
    }
    if (typeof rootScripts[script] !== "string") {
      problems.push(`package.json: has no "${script}" script for changesets/action ${input}`);
    }
  }

  const permissions = { ...permissionMap(workflow.permissions), ...permissionMap(job.permissions) };
  for (const scope of ["contents", "pull-requests", "id-token"]) {
    if (permissions[scope] !== "write") {
      problems.push(`release.yml: needs permissions ${scope}: write`);
    }
  }

  const env = { ...workflow.env, ...job.env, ...action.env };
  if (String(env.NPM_CONFIG_PROVENANCE) !== "true") {
    problems.push("release.yml: changesets/action needs NPM_CONFIG_PROVENANCE: true");
  }
  for (const variable of ["GITHUB_TOKEN", "NPM_TOKEN", "NODE_AUTH_TOKEN"]) {
    if (typeof env[variable] !== "string" || env[variable] === "") {
      problems.push(`release.yml: changesets/action needs ${variable}`);
    }
  }
  return problems;
}
