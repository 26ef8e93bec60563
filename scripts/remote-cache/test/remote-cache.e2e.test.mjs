// The build cache shared by many machines, end to end: a self-hosted turborepo-remote-cache on
// 127.0.0.1, a fresh clone of the committed HEAD (uncommitted changes never take part) that
// builds and fills the cache, then a second fresh clone with an empty local cache that gets every
// task from it, with the same outputs. Artifacts are signed (turbo.json `remoteCache.signature`,
// TURBO_REMOTE_CACHE_SIGNATURE_KEY): the server keeps each one's signature, and turbo refuses an
// artifact that does not match its signature (checked while the first clone builds, so that the
// refused task runs once in all). Offline: the clones link the checkout's installed
// dependencies (or install from the local pnpm store when its lockfile differs from HEAD's).
import { randomBytes } from "node:crypto";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCacheServer } from "../cache-server.mjs";
import {
  buildOutputs,
  cloneCommit,
  dryRunTurbo,
  enableSignature,
  gitStatus,
  installDependencies,
  repositoryHead,
  runTurbo,
} from "../workspace.mjs";

/** @typedef {import("../workspace.mjs").RunSummary} RunSummary */
/** @typedef {{ dir: string; patchedTurboJson: boolean }} Clone */

const TEAM = "users-api";
/**
 * What both clones build: spec's build with its generate step, and types' generate step, which
 * depends on spec's: both kinds of task, both kinds of output and a dependency between packages,
 * in three tasks (every task is seconds of CPU: a pnpm, a node and tsc or redocly each). The whole
 * graph takes about twice as long on top of `pnpm test`'s few minutes;
 * REMOTE_CACHE_TEST_FULL_BUILD=1 builds all of it.
 */
const BUILD =
  process.env.REMOTE_CACHE_TEST_FULL_BUILD === "1"
    ? ["build"]
    : ["@users-api/spec#build", "@users-api/types#generate"];
const token = randomBytes(16).toString("hex");
// turbo wants at least 32 bytes.
const signatureKey = randomBytes(32).toString("hex");

/** @type {string | undefined} */
let work;
/** @type {import("../cache-server.mjs").CacheServer | undefined} */
let server;
/** @type {{ root: string; commit: string }} */
let repository;
/** @type {Record<string, string>} */
let remoteEnv;

/** @type {Clone | undefined} */
let first;
/** @type {Promise<Clone> | undefined} */
let secondReady;
/** @type {Clone | undefined} */
let second;
/** @type {import("../workspace.mjs").TaskSummary | undefined} */
let target;
/** @type {RunSummary | undefined} */
let dependenciesRun;
/** @type {RunSummary | undefined} */
let firstRun;
/** @type {RunSummary | undefined} */
let secondRun;

/** @param {string} name */
function inWork(name) {
  if (work === undefined) throw new Error("no work directory");
  return path.join(work, name);
}

/**
 * A fresh clone of the committed HEAD, with artifact signing on and the checkout's dependencies.
 * @param {string} name
 * @returns {Promise<Clone>}
 */
async function freshClone(name) {
  const dir = inWork(name);
  await cloneCommit(repository, dir);
  const patchedTurboJson = await enableSignature(dir);
  await installDependencies(repository.root, dir);
  return { dir, patchedTurboJson };
}

/**
 * `turbo run <task>` against the remote cache, with its own new, empty local cache directory.
 * @param {Clone} clone
 * @param {string} cacheName
 * @param {string[]} [task]
 */
function turboAgainstRemote(clone, cacheName, task = BUILD) {
  return runTurbo(
    clone.dir,
    ["run", ...task, `--cache-dir=${inWork(cacheName)}`, "--output-logs=errors-only"],
    remoteEnv,
  );
}

/** What `git status --porcelain` of a clone must be: clean, but for the signing switch. */
function expectedStatus(/** @type {Clone} */ clone) {
  return clone.patchedTurboJson ? [" M turbo.json"] : [];
}

/**
 * Checks that the server holds an artifact and its signature for every task of a run.
 * @param {RunSummary} summary
 */
async function expectSignedArtifacts(summary) {
  const stored = new Set(await readdir(inWork(path.join("server", TEAM))));
  for (const task of summary.tasks) {
    expect(stored.has(task.hash), `artifact of ${task.taskId}`).toBe(true);
    expect(stored.has(`${task.hash}.tag`), `signature of ${task.taskId}`).toBe(true);
  }
}

/** @param {RunSummary | undefined} summary */
function statuses(summary) {
  return Object.fromEntries(
    (summary?.tasks ?? []).map((task) => [
      task.taskId,
      `${task.cache.status} ${task.cache.source ?? ""}`.trim(),
    ]),
  );
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "users-api-remote-cache-"));
  repository = await repositoryHead(path.dirname(fileURLToPath(import.meta.url)));
  server = await startCacheServer({ storagePath: inWork("server"), token, signatureKey });
  remoteEnv = {
    TURBO_API: server.url,
    TURBO_TEAM: TEAM,
    TURBO_TOKEN: token,
    TURBO_REMOTE_CACHE_SIGNATURE_KEY: signatureKey,
  };
});

afterAll(async () => {
  // Let a clone still being prepared finish before its directory goes.
  await secondReady?.catch(() => undefined);
  await server?.close();
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe("turbo's remote cache across fresh clones", () => {
  // The first clone runs every task once, in two turbo runs: first the dependencies of a generate
  // task that depends on another package's (spec's generate in the default build), then the whole
  // build after poisoning that task's artifact, so that the refused artifact costs no extra run.
  it("a fresh clone builds a task and uploads a signed artifact for it", async () => {
    first = await freshClone("first");
    // Clone the second one while the first builds.
    secondReady = freshClone("second");
    secondReady.catch(() => undefined);

    const planned = await dryRunTurbo(first.dir, BUILD, remoteEnv);
    // The one with the fewest dependencies (types' in the full build too), and a script to run.
    target = planned
      .filter(
        (task) =>
          task.task === "generate" &&
          task.command !== "<NONEXISTENT>" &&
          task.dependencies.length > 0,
      )
      .sort((a, b) => a.dependencies.length - b.dependencies.length)[0];
    if (!target) throw new Error("no generate task that depends on another package's");

    const { summary } = await turboAgainstRemote(first, "cache-first", target.dependencies);
    dependenciesRun = summary;
    expect(summary.tasks.map((task) => task.taskId).sort()).toEqual(
      [...target.dependencies].sort(),
    );
    expect(summary.execution.failed).toBe(0);
    for (const task of summary.tasks) expect(task.cache.status, task.taskId).toBe("MISS");
    await expectSignedArtifacts(summary);
  });

  it("turbo refuses an artifact that does not match its signature, and builds the rest", async () => {
    if (!first || !target || !dependenciesRun) throw new Error("the first clone did not build");
    // Another task's archive and signature under this task's hash: a well-formed artifact with the
    // wrong content, whose signature is not the one of this hash and content.
    const other = dependenciesRun.tasks[0];
    const artifacts = inWork(path.join("server", TEAM));
    await copyFile(path.join(artifacts, other.hash), path.join(artifacts, target.hash));
    await copyFile(
      path.join(artifacts, `${other.hash}.tag`),
      path.join(artifacts, `${target.hash}.tag`),
    );
    // The server serves it: a miss below is turbo refusing it, not finding none.
    const served = await fetch(`${server?.url}/v8/artifacts/${target.hash}?slug=${TEAM}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(
      await readFile(path.join(artifacts, other.hash)),
    );

    const { output, summary } = await turboAgainstRemote(first, "cache-first-build");
    firstRun = summary;
    expect(summary.execution.failed, output).toBe(0);
    // The same task (same hash: the poisoned artifact is the one turbo fetched) ran; every
    // dependency came from the remote cache, and every other task ran.
    const fromRemote = new Set(target.dependencies);
    expect(summary.tasks.find((task) => task.taskId === target?.taskId)?.hash, output).toBe(
      target.hash,
    );
    expect(statuses(summary), output).toEqual(
      Object.fromEntries(
        summary.tasks.map((task) => [
          task.taskId,
          fromRemote.has(task.taskId) ? "HIT REMOTE" : "MISS",
        ]),
      ),
    );
    expect(summary.tasks.length).toBeGreaterThan(fromRemote.size + 1);
    await expectSignedArtifacts(summary);
    // It ran the task instead, with the committed result.
    expect(await gitStatus(first.dir)).toEqual(expectedStatus(first));
  });

  it("a second fresh clone with an empty local cache gets every task from the remote cache", async () => {
    if (!firstRun) throw new Error("the first clone did not build");
    second = await /** @type {Promise<Clone>} */ (secondReady);
    const { output, summary } = await turboAgainstRemote(second, "cache-second");
    secondRun = summary;

    const all = summary.execution.attempted;
    expect(all).toBe(firstRun.tasks.length);
    expect(summary.execution.cached, output).toBe(all);
    expect(output).toMatch(new RegExp(`Cached:\\s+${all} cached, ${all} total`));
    // Signed artifacts only, the one turbo uploaded in place of the refused one included.
    expect(statuses(summary)).toEqual(
      Object.fromEntries(firstRun.tasks.map((task) => [task.taskId, "HIT REMOTE"])),
    );
    // The same task hashes on both machines: nothing machine- or path-specific in the inputs.
    const hashes = (/** @type {RunSummary} */ run) =>
      Object.fromEntries(run.tasks.map((task) => [task.taskId, task.hash]));
    expect(hashes(summary)).toEqual(hashes(firstRun));
  });

  it("the second clone's outputs equal the first clone's, and the generated files the commit", async () => {
    if (!first || !second || !secondRun) throw new Error("the clones did not build");
    const [firstOutputs, secondOutputs] = await Promise.all([
      buildOutputs(first.dir),
      buildOutputs(second.dir),
    ]);
    const files = Object.keys(firstOutputs);
    const built = secondRun.tasks.filter((task) => task.task === "build");
    expect(built.length).toBeGreaterThan(0);
    for (const { directory } of built) {
      expect(
        files.filter((file) => file.startsWith(`${directory}/dist/`)).length,
        directory,
      ).toBeGreaterThan(0);
    }
    expect(files.some((file) => file.includes("/src/generated/"))).toBe(true);
    expect(secondOutputs).toEqual(firstOutputs);

    expect(await gitStatus(first.dir)).toEqual(expectedStatus(first));
    expect(await gitStatus(second.dir)).toEqual(expectedStatus(second));
  });
});
