import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import type { LocalRegistry } from "./local-registry.js";
import { PUBLISH_SCOPE } from "./local-registry.js";
import { locatePackage } from "./package-location.js";
import { runCommand } from "./run-command.js";
import { PACKAGE_SCOPE, readManifest } from "./workspace-packages.js";

/** A product team's project, set up the way the README tells teams to: one exact version. */

const TEMPLATE = fileURLToPath(new URL("../fixtures/consumer", import.meta.url));

export interface ConsumerPins {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

export async function createConsumerProject(
  directory: string,
  registry: LocalRegistry,
  pins: ConsumerPins,
): Promise<void> {
  await mkdir(directory, { recursive: true });
  await cp(TEMPLATE, directory, { recursive: true });
  const manifest = { name: "release-e2e-consumer", private: true, type: "module", ...pins };
  await writeFile(path.join(directory, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  // Everything comes from the registry on 127.0.0.1 (the test mirrors the public dependencies
  // there). The lockfile keeps each tarball's URL so that the test can check where it came from.
  await writeFile(
    path.join(directory, ".npmrc"),
    [
      `registry=${registry.url}`,
      `${PUBLISH_SCOPE}:registry=${registry.url}`,
      "lockfile-include-tarball-url=true",
      "",
    ].join("\n"),
  );
}

/** `pnpm install`; `env` adds settings for the child process (registries, network guard). */
export async function installDependencies(
  directory: string,
  env: Record<string, string>,
): Promise<void> {
  await runCommand("pnpm", ["install"], { cwd: directory, env });
}

/** The upgrade the README documents: every `@users-api/*` to the newest version, together. */
export async function upgradeUsersApiPackages(
  directory: string,
  env: Record<string, string>,
): Promise<void> {
  await runCommand("pnpm", ["update", `${PACKAGE_SCOPE}/*`, "--latest"], { cwd: directory, env });
}

function addVersion(found: Map<string, Set<string>>, name: string, version: string): void {
  found.set(name, (found.get(name) ?? new Set()).add(version));
}

interface Lockfile {
  packages?: Record<string, { resolution?: { tarball?: string } }>;
}

async function readLockfile(directory: string): Promise<Lockfile> {
  return parseYaml(await readFile(path.join(directory, "pnpm-lock.yaml"), "utf8")) as Lockfile;
}

/** `@users-api/*` name -> versions, as recorded in the consumer's pnpm-lock.yaml. */
export async function lockedUsersApiVersions(directory: string): Promise<Map<string, Set<string>>> {
  const lockfile = await readLockfile(directory);
  const found = new Map<string, Set<string>>();
  for (const key of Object.keys(lockfile.packages ?? {})) {
    const separator = key.lastIndexOf("@");
    const name = key.slice(0, separator);
    if (name.startsWith(`${PACKAGE_SCOPE}/`)) addVersion(found, name, key.slice(separator + 1));
  }
  return found;
}

/** Locked package (`name@version`) -> the tarball URL it was fetched from (`""` when not recorded). */
export async function lockedTarballUrls(directory: string): Promise<Map<string, string>> {
  const lockfile = await readLockfile(directory);
  return new Map(
    Object.entries(lockfile.packages ?? {}).map(([key, entry]) => [
      key,
      entry.resolution?.tarball ?? "",
    ]),
  );
}

/**
 * `@users-api/*` name -> versions, as installed: follows the dependency graph on disk from the
 * consumer's own dependencies, the way Node resolves them.
 */
export async function installedUsersApiVersions(
  directory: string,
): Promise<Map<string, Set<string>>> {
  const found = new Map<string, Set<string>>();
  const visited = new Set<string>();
  const visit = async (fromDirectory: string, name: string): Promise<void> => {
    const packageDirectory = await locatePackage(fromDirectory, name);
    if (visited.has(packageDirectory)) return;
    visited.add(packageDirectory);
    const manifest = await readManifest(packageDirectory);
    addVersion(found, manifest.name, manifest.version);
    const dependencies = { ...manifest.dependencies, ...manifest.optionalDependencies };
    for (const dependency of Object.keys(dependencies)) {
      if (dependency.startsWith(`${PACKAGE_SCOPE}/`)) await visit(packageDirectory, dependency);
    }
  };
  const consumer = await readManifest(directory);
  for (const name of Object.keys({ ...consumer.dependencies, ...consumer.devDependencies })) {
    if (name.startsWith(`${PACKAGE_SCOPE}/`)) await visit(directory, name);
  }
  return found;
}

/** Type-checks and compiles the consumer with the repository's TypeScript (`tsc -p .`). */
export async function compileConsumer(directory: string, repoRoot: string): Promise<void> {
  const tsc = createRequire(path.join(repoRoot, "package.json")).resolve("typescript/bin/tsc");
  await runCommand(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: directory });
}

/** Runs the compiled consumer; it prints one JSON line describing what it did. */
export async function runConsumer(directory: string): Promise<unknown> {
  const { stdout } = await runCommand(process.execPath, ["dist/main.js"], { cwd: directory });
  const lastLine = stdout.trim().split("\n").at(-1) ?? "";
  return JSON.parse(lastLine) as unknown;
}
