import { copyFile, lstat, mkdir, readdir, readlink, symlink } from "node:fs/promises";
import path from "node:path";
import { runCommand } from "./run-command.js";

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch {
    return false;
  }
}

/** Tracked and untracked-but-not-ignored files, i.e. the working tree a maintainer releases from. */
async function listSourceFiles(repoRoot: string): Promise<string[]> {
  const { stdout } = await runCommand(
    "git",
    ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    { cwd: repoRoot },
  );
  return [...new Set(stdout.split("\0").filter(Boolean))];
}

async function copyEntry(from: string, to: string): Promise<void> {
  const stats = await lstat(from).catch(() => undefined);
  if (!stats) return; // deleted in the working tree but still in the index
  await mkdir(path.dirname(to), { recursive: true });
  if (stats.isSymbolicLink()) await symlink(await readlink(from), to);
  else if (stats.isFile()) await copyFile(from, to);
}

/**
 * Copies a folder, symlinks kept verbatim. (`fs.cp` does the same with two to three times the CPU:
 * it checks every entry against the source and destination paths.)
 */
async function copyTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  const entries = await readdir(from, { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const source = path.join(from, entry.name);
      const target = path.join(to, entry.name);
      if (entry.isDirectory()) await copyTree(source, target);
      else if (entry.isSymbolicLink()) await symlink(await readlink(source), target);
      else if (entry.isFile()) await copyFile(source, target);
    }),
  );
}

/**
 * Copies the repository into `destination` as an installed, built workspace without touching the
 * original:
 * - the working-tree files (`git ls-files`),
 * - each workspace package's `dist/` (build output, git-ignored),
 * - each workspace package's `node_modules/`, symlinks kept verbatim: pnpm links workspace
 *   dependencies relatively (`../../../types`), so in the copy they point at the copy's packages,
 *   which is where `pnpm publish` reads the versions that replace `workspace:*`,
 * - the root `node_modules/` as a symlink to the original (read-only use: tools and third-party
 *   packages).
 */
export async function copyWorkspace(repoRoot: string, destination: string): Promise<void> {
  const files = await listSourceFiles(repoRoot);
  await Promise.all(
    files.map((file) => copyEntry(path.join(repoRoot, file), path.join(destination, file))),
  );

  const packageDirectories = files
    .filter((file) => path.basename(file) === "package.json" && path.dirname(file) !== ".")
    .map((file) => path.dirname(file));
  await Promise.all(
    packageDirectories.flatMap((directory) =>
      ["dist", "node_modules"].map(async (generated) => {
        const from = path.join(repoRoot, directory, generated);
        if (await exists(from)) await copyTree(from, path.join(destination, directory, generated));
      }),
    ),
  );
  await symlink(path.join(repoRoot, "node_modules"), path.join(destination, "node_modules"));
}
