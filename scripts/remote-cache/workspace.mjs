// Fresh clones of the repository's committed HEAD, installed offline from the local pnpm store,
// and turbo runs in them that report what came from which cache.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readdir, readFile, readlink, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { workspacePackageDirs } from "../workspace-packages.mjs";

const execFileAsync = promisify(execFile);

/**
 * Variables a child must not inherit: what `pnpm run` tells a script about the project it runs
 * in, and every turbo setting (`.ci/run` sets TURBO_FORCE=true for its second test run, which
 * would turn every cache read into a miss; a CI's own TURBO_TOKEN or TURBO_API must not reach
 * the cache under test either).
 */
const INHERITED =
  /^(npm_package_|npm_lifecycle_|npm_command$|npm_execpath$|npm_node_execpath$|npm_config_user_agent$|pnpm_package_name$|pnpm_script_src_dir$|turbo_|vercel_artifacts_)/i;

/**
 * @param {Record<string, string>} [overrides]
 * @returns {NodeJS.ProcessEnv}
 */
function childEnvironment(overrides = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!INHERITED.test(key)) env[key] = value;
  }
  return {
    ...env,
    TURBO_TELEMETRY_DISABLED: "1",
    TURBO_NO_UPDATE_NOTIFIER: "1",
    DO_NOT_TRACK: "1",
    REDOCLY_TELEMETRY: "off",
    REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
    ...overrides,
  };
}

/**
 * Runs a command (never synchronously: the cache server runs in this process).
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd: string; env?: Record<string, string> }} options
 * @returns {Promise<{ stdout: string; stderr: string }>}
 */
export async function run(command, args, { cwd, env }) {
  try {
    return await execFileAsync(command, [...args], {
      cwd,
      env: childEnvironment(env),
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failure = /** @type {{ code?: unknown; stdout?: string; stderr?: string }} */ (error);
    throw new Error(
      [
        `\`${command} ${args.join(" ")}\` failed in ${cwd} (exit code ${String(failure.code)})`,
        "--- stdout ---",
        failure.stdout ?? "",
        "--- stderr ---",
        failure.stderr ?? "",
      ].join("\n"),
    );
  }
}

/**
 * The pnpm this process runs under (`npm_execpath` when started by a pnpm script), else `pnpm`
 * on PATH.
 * @returns {{ command: string; args: string[] }}
 */
function pnpm() {
  const execpath = process.env.npm_execpath;
  if (execpath && /pnpm/i.test(path.basename(execpath))) {
    return /\.[cm]?js$/.test(execpath)
      ? { command: process.execPath, args: [execpath] }
      : { command: execpath, args: [] };
  }
  return { command: "pnpm", args: [] };
}

/**
 * The repository that holds `directory` and its HEAD commit (committed state only: a clone never
 * sees uncommitted changes).
 * @param {string} directory
 */
export async function repositoryHead(directory) {
  const root = (await run("git", ["rev-parse", "--show-toplevel"], { cwd: directory })).stdout;
  const commit = (await run("git", ["rev-parse", "HEAD"], { cwd: directory })).stdout;
  return { root: root.trim(), commit: commit.trim() };
}

/**
 * A fresh clone of `commit`, checked out at it.
 * @param {{ root: string; commit: string }} repository
 * @param {string} destination
 */
export async function cloneCommit({ root, commit }, destination) {
  await run("git", ["clone", "--quiet", "--no-checkout", root, destination], {
    cwd: path.dirname(destination),
  });
  await run("git", ["-c", "advice.detachedHead=false", "checkout", "--quiet", "--detach", commit], {
    cwd: destination,
  });
}

/**
 * `pnpm install --frozen-lockfile --offline`: everything comes from the local pnpm store, nothing
 * from the network.
 * @param {string} directory
 */
async function installOffline(directory) {
  const { command, args } = pnpm();
  await run(command, [...args, "install", "--frozen-lockfile", "--offline"], {
    cwd: directory,
    env: {
      // A pnpm other than the one in packageManager must not try to download that one.
      npm_config_manage_package_manager_versions: "false",
      npm_config_update_notifier: "false",
    },
  });
}

/**
 * Copies what pnpm put in a package's `node_modules/`: its symlinks verbatim (workspace packages
 * are linked relatively, `../../../spec`, so in a clone they point at the clone's packages) and
 * its `.bin/` shims, but no tool's cache (`.vite/`, ...).
 * @param {string} from
 * @param {string} to
 */
async function copyLinks(from, to) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
    else if (entry.isDirectory() && entry.name.startsWith("@")) await copyLinks(source, target);
    else if (entry.isDirectory() && entry.name === ".bin")
      await cp(source, target, { recursive: true });
  }
}

/**
 * Gives a clone the dependencies of the checkout it was cloned from, as an offline install would,
 * without installing: the root `node_modules/` entries as symlinks to the checkout's (third-party
 * packages and tools, used read-only) and each workspace package's own `node_modules/` links.
 * Only when the checkout was installed from the clone's lockfile; otherwise it installs offline.
 * @param {string} checkout the repository the clone was made from
 * @param {string} directory the clone
 */
export async function installDependencies(checkout, directory) {
  const installedFrom = await readFile(
    path.join(checkout, "node_modules", ".pnpm", "lock.yaml"),
    "utf8",
  ).catch(() => "");
  const lockfile = await readFile(path.join(directory, "pnpm-lock.yaml"), "utf8");
  if (installedFrom !== lockfile) {
    await installOffline(directory);
    return;
  }
  // A directory of links rather than one link: git ignores `node_modules/` as a directory only.
  const modules = path.join(checkout, "node_modules");
  await mkdir(path.join(directory, "node_modules"));
  for (const name of await readdir(modules)) {
    if (!name.startsWith(".") || [".bin", ".pnpm", ".modules.yaml"].includes(name))
      await symlink(path.join(modules, name), path.join(directory, "node_modules", name));
  }
  for (const packageDir of workspacePackageDirs(directory)) {
    const from = path.join(checkout, packageDir, "node_modules");
    const installed = await stat(from).catch(() => undefined);
    if (installed) await copyLinks(from, path.join(directory, packageDir, "node_modules"));
  }
}

/**
 * Turns on artifact signing (`remoteCache.signature`) in a clone's turbo.json when the committed
 * file does not already.
 * @param {string} directory
 * @returns {Promise<boolean>} whether turbo.json had to be changed
 */
export async function enableSignature(directory) {
  const file = path.join(directory, "turbo.json");
  const config = JSON.parse(await readFile(file, "utf8"));
  if (config.remoteCache?.signature === true) return false;
  config.remoteCache = { ...config.remoteCache, signature: true };
  await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
  return true;
}

/**
 * @typedef {object} TaskSummary
 * @property {string} taskId e.g. "@users-api/spec#build"
 * @property {string} task e.g. "build"
 * @property {string} directory the package's, relative to the repository, e.g. "packages/spec"
 * @property {string} hash
 * @property {string} command the package script's, `<NONEXISTENT>` when it has none
 * @property {{ status: string; source?: string; local: boolean; remote: boolean }} cache
 * @property {string[]} dependencies
 *
 * @typedef {object} RunSummary
 * @property {{ attempted: number; cached: number; success: number; failed: number; exitCode: number }} execution
 * @property {TaskSummary[]} tasks
 */

/**
 * Runs the clone's own turbo with `--summarize` and returns its output and run summary.
 * @param {string} directory
 * @param {readonly string[]} args after `turbo`, e.g. ["run", "build", "--cache-dir=..."]
 * @param {Record<string, string>} env e.g. TURBO_API, TURBO_TEAM, TURBO_TOKEN
 * @returns {Promise<{ output: string; summary: RunSummary }>}
 */
export async function runTurbo(directory, args, env) {
  const runs = path.join(directory, ".turbo", "runs");
  const before = new Set(await readdir(runs).catch(() => []));
  const turbo = path.join(directory, "node_modules", "turbo", "bin", "turbo");
  const { stdout, stderr } = await run(process.execPath, [turbo, ...args, "--summarize"], {
    cwd: directory,
    env,
  });
  const written = (await readdir(runs)).filter(
    (file) => file.endsWith(".json") && !before.has(file),
  );
  if (written.length !== 1) {
    throw new Error(`expected one new run summary in ${runs}, found ${written.length}`);
  }
  const summary = JSON.parse(await readFile(path.join(runs, String(written[0])), "utf8"));
  return { output: `${stdout}\n${stderr}`, summary };
}

/**
 * `turbo run <args> --dry=json` in a clone: the tasks it would run, with their hashes, without
 * running any.
 * @param {string} directory
 * @param {readonly string[]} args after `turbo run`, e.g. ["build"]
 * @param {Record<string, string>} env
 * @returns {Promise<TaskSummary[]>}
 */
export async function dryRunTurbo(directory, args, env) {
  const turbo = path.join(directory, "node_modules", "turbo", "bin", "turbo");
  const { stdout } = await run(process.execPath, [turbo, "run", ...args, "--dry=json"], {
    cwd: directory,
    env,
  });
  return JSON.parse(stdout).tasks;
}

/**
 * Every file under `directory`, relative to it, with its SHA-256.
 * @param {string} directory
 * @returns {Promise<Map<string, string>>}
 */
async function hashFiles(directory) {
  const hashes = new Map();
  /** @param {string} relative */
  async function walk(relative) {
    for (const entry of await readdir(path.join(directory, relative), { withFileTypes: true })) {
      const file = path.join(relative, entry.name);
      if (entry.isDirectory()) await walk(file);
      else
        hashes.set(
          file,
          createHash("sha256")
            .update(await readFile(path.join(directory, file)))
            .digest("hex"),
        );
    }
  }
  await walk("");
  return hashes;
}

/**
 * The build outputs of a clone: every file of each package's `dist/` and `src/generated/`, as
 * `packages/<name>/<dir>/<file>` -> SHA-256, sorted.
 * @param {string} directory
 * @returns {Promise<Record<string, string>>}
 */
export async function buildOutputs(directory) {
  /** @type {[string, string][]} */
  const entries = [];
  for (const name of await readdir(path.join(directory, "packages"))) {
    for (const output of ["dist", path.join("src", "generated")]) {
      const root = path.join("packages", name, output);
      const hashes = await hashFiles(path.join(directory, root)).catch(() => new Map());
      for (const [file, hash] of hashes)
        entries.push([path.join(root, file).split(path.sep).join("/"), hash]);
    }
  }
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * `git status --porcelain` of a clone, one entry per line.
 * @param {string} directory
 */
export async function gitStatus(directory) {
  const { stdout } = await run("git", ["status", "--porcelain"], { cwd: directory });
  return stdout.split("\n").filter((line) => line !== "");
}
