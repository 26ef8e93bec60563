import { execFile } from "node:child_process";
import { mkdir, readFile, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * @param {string} cwd
 * @param {string[]} args
 */
async function git(cwd, args) {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

/**
 * @param {string} cwd
 * @param {string[]} args
 * @returns {Promise<string | undefined>} stdout, or undefined when git exits non-zero
 */
async function gitOrUndefined(cwd, args) {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

/** @param {string} cwd */
export async function repoRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]);
}

/**
 * The newest release tag reachable from HEAD. `changeset publish` tags every published package
 * as `<name>@<version>`, and with one fixed group they all carry the same version, so any of the
 * scope's tags on the newest release commit will do.
 * @param {string} cwd
 * @param {string} scope e.g. "@users-api/"
 */
export async function lastReleaseTag(cwd, scope) {
  const tag = await gitOrUndefined(cwd, [
    "describe",
    "--tags",
    "--abbrev=0",
    "--match",
    `${scope}*@*`,
    "HEAD",
  ]);
  return tag || undefined;
}

/**
 * Where the gate compares from: an explicit ref, else the last release tag, else the fork point
 * from the base branch (before the first release), else nothing.
 * @param {string} cwd
 * @param {{ base?: string | undefined; scope: string; baseBranch: string }} options
 * @returns {Promise<{ ref: string; label: string } | undefined>}
 */
export async function findBase(cwd, { base, scope, baseBranch }) {
  if (base !== undefined) {
    const commit = await gitOrUndefined(cwd, ["rev-parse", "--verify", `${base}^{commit}`]);
    if (commit === undefined) throw new Error(`--base ${base} is not a commit in this repository`);
    return { ref: commit, label: base };
  }
  const tag = await lastReleaseTag(cwd, scope);
  if (tag !== undefined) return { ref: tag, label: `${tag} (last release)` };
  // Without its tags (a shallow or tag-less clone) a released repository would silently compare
  // with its own branch and pass anything: refuse instead.
  const released = await releasedVersion(cwd, scope);
  if (released !== undefined) {
    throw new Error(
      `no ${scope}*@* release tag is reachable from HEAD, but the packages are at ${released}: ` +
        "fetch the tags (git fetch --tags, or a clone with full history) or pass --base <ref>",
    );
  }
  for (const branch of [`origin/${baseBranch}`, baseBranch]) {
    const forkPoint = await gitOrUndefined(cwd, ["merge-base", branch, "HEAD"]);
    if (forkPoint)
      return { ref: forkPoint, label: `${branch} (merge-base ${forkPoint.slice(0, 7)})` };
  }
  return undefined;
}

/**
 * Write the files under `dir` as they are at `ref` into `dest/<dir>`.
 * @param {string} root repository root
 * @param {string} ref
 * @param {string} dir path relative to the root, e.g. "spec"
 * @param {string} dest
 * @returns {Promise<boolean>} false when `dir` does not exist at `ref`
 */
export async function extractDirAt(root, ref, dir, dest) {
  const exists = await gitOrUndefined(root, ["cat-file", "-e", `${ref}:${dir}`]);
  if (exists === undefined) return false;
  await mkdir(dest, { recursive: true });
  const archive = join(dest, ".archive.tar");
  await git(root, ["archive", "--format=tar", "--output", archive, ref, "--", dir]);
  await run("tar", ["-xf", archive, "-C", dest]);
  await rm(archive);
  return true;
}

/**
 * The version of the scope's packages under packages/ when one has been released (not 0.0.0).
 * @param {string} cwd repository root
 * @param {string} scope package name prefix, e.g. "@users-api/"
 * @returns {Promise<string | undefined>}
 */
async function releasedVersion(cwd, scope) {
  const dirs = await readdir(join(cwd, "packages")).catch(() => []);
  for (const dir of dirs) {
    const manifest = await readFile(join(cwd, "packages", dir, "package.json"), "utf8").catch(
      () => undefined,
    );
    if (manifest === undefined) continue;
    const { name, version, private: isPrivate } = JSON.parse(manifest);
    if (!isPrivate && typeof name === "string" && name.startsWith(scope) && version !== "0.0.0") {
      return version;
    }
  }
  return undefined;
}
