import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LocalRegistry } from "./local-registry.js";
import type { InstalledPackage } from "./public-dependencies.js";
import { runCommand } from "./run-command.js";

/** npm publishes are mostly waiting on the registry; a few at a time keep two cores busy. */
const PARALLEL_PUBLISHES = 4;

/**
 * A copy of the installed package that publishes where it is told: `publishConfig` (which may
 * name the public registry) is dropped.
 */
async function stagePackage(installed: InstalledPackage, stagingRoot: string): Promise<string> {
  const staged = path.join(stagingRoot, `${installed.name.replace("/", "+")}@${installed.version}`);
  await mkdir(stagingRoot, { recursive: true });
  await cp(installed.directory, staged, { recursive: true });
  const manifestPath = path.join(staged, "package.json");
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as Record<string, unknown>;
  delete manifest["publishConfig"];
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return staged;
}

/**
 * Publishes the installed packages to the local registry (`npm publish <folder>`, no lifecycle
 * scripts), so that a project can install them from there with no other registry.
 */
export async function mirrorToRegistry(
  installed: readonly InstalledPackage[],
  registry: LocalRegistry,
  workDirectory: string,
  env: Record<string, string>,
): Promise<void> {
  const npmrcPath = path.join(workDirectory, "mirror.npmrc");
  await writeFile(npmrcPath, registry.npmrc);
  const stagingRoot = path.join(workDirectory, "mirror");
  const queue = [...installed];
  const publishNext = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const staged = await stagePackage(next, stagingRoot);
      await runCommand(
        "npm",
        // An explicit tag: npm refuses a prerelease version without one.
        ["publish", staged, "--ignore-scripts", "--tag", "latest", "--registry", registry.url],
        { cwd: workDirectory, env: { ...env, ...registry.env, NPM_CONFIG_USERCONFIG: npmrcPath } },
      );
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PUBLISHES }, publishNext));
}
