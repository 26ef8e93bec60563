// The spec maintainer's loop, timed in a scratch copy of the repo: a first build with an empty
// turbo cache, `pnpm generate` with turbo's cache bypassed (--force), a no-change `pnpm build`
// (must be a full turbo cache hit) and the example consumer's `tsc --noEmit`. Baselines from
// the same run: starting pnpm + turbo, and tsc on an empty file with the same compiler options.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { run, timeRounds } from "./stats.mjs";

export const TURBO_ENV = { TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

const tscBin = (root) =>
  createRequire(join(root, "packages/types/package.json")).resolve("typescript/bin/tsc");

function emptyProject(root) {
  const dir = join(root, "bench-empty-project");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "empty.ts"), "export {};\n");
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: "../tsconfig.base.json",
      compilerOptions: { noEmit: true },
      files: ["empty.ts"],
    }),
  );
  return join(dir, "tsconfig.json");
}

export async function pipeline(root, rounds = 3) {
  const pnpm = (...args) => run("pnpm", args, { cwd: root, env: TURBO_ENV });
  const tsc = (project) =>
    run(process.execPath, [tscBin(root), "-p", project, "--noEmit"], { cwd: root });

  const coldBuild = await pnpm("build");
  const generate = await timeRounds(rounds, async () => (await pnpm("generate", "--force")).ms);
  const build = await timeRounds(rounds, async () => {
    const result = await pnpm("build");
    if (!/FULL TURBO/.test(result.stdout)) {
      throw new Error(`a no-change pnpm build was not a full cache hit:\n${result.stdout}`);
    }
    return result.ms;
  });
  const turboStart = await timeRounds(
    rounds,
    async () => (await pnpm("exec", "turbo", "--version")).ms,
  );
  const consumerProject = join(root, "examples/consumer/tsconfig.json");
  const consumer = await timeRounds(rounds, async () => (await tsc(consumerProject)).ms);
  const empty = emptyProject(root);
  const tscEmpty = await timeRounds(rounds, async () => (await tsc(empty)).ms);
  return { rounds, coldBuildMs: coldBuild.ms, generate, build, turboStart, consumer, tscEmpty };
}
