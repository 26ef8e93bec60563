import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LocalRegistry } from "./local-registry.js";
import { locateBin } from "./package-location.js";
import { runCommand } from "./run-command.js";
import type { BumpType } from "./semver-bump.js";

/** The maintainer's side of a release, run in a copy of the repository. */

const GIT_IDENTITY = {
  GIT_AUTHOR_NAME: "Release Test",
  GIT_AUTHOR_EMAIL: "release-test@example.invalid",
  GIT_COMMITTER_NAME: "Release Test",
  GIT_COMMITTER_EMAIL: "release-test@example.invalid",
};

function git(repo: string, args: string[]) {
  return runCommand("git", ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", ...args], {
    cwd: repo,
    env: GIT_IDENTITY,
  });
}

/** changesets reads commits (changelog links) and writes release tags, so the copy is a git repo. */
export async function initGitRepository(repo: string): Promise<void> {
  await git(repo, ["init", "-q", "-b", "main"]);
  await commitAll(repo, "Copy of the repository under release test");
}

export async function commitAll(repo: string, message: string): Promise<void> {
  await git(repo, ["add", "-A"]);
  await git(repo, ["commit", "-q", "--no-verify", "--allow-empty", "-m", message]);
}

export async function listTags(repo: string): Promise<string[]> {
  const { stdout } = await git(repo, ["tag", "--list"]);
  return stdout.split("\n").filter(Boolean);
}

/**
 * Removes the changesets pending in the working tree, so that the test alone decides the bumps
 * (a pending major changeset would otherwise change the version the test expects).
 */
export async function discardPendingChangesets(repo: string): Promise<void> {
  const directory = path.join(repo, ".changeset");
  const entries = await readdir(directory).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.endsWith(".md") && name !== "README.md")) {
    await rm(path.join(directory, entry));
  }
}

/** What `pnpm changeset` writes after its prompts. */
export async function addChangeset(
  repo: string,
  id: string,
  releases: Record<string, BumpType>,
  summary: string,
): Promise<void> {
  const frontMatter = Object.entries(releases)
    .map(([name, bump]) => `"${name}": ${bump}`)
    .join("\n");
  await mkdir(path.join(repo, ".changeset"), { recursive: true });
  await writeFile(
    path.join(repo, ".changeset", `${id}.md`),
    `---\n${frontMatter}\n---\n\n${summary}\n`,
  );
}

/**
 * `pnpm version-packages`: the root script must be `changeset version`, which is then started
 * with node directly, as `pnpm run` would after looking it up (one pnpm start less).
 */
export async function versionPackages(repo: string): Promise<void> {
  const { scripts } = JSON.parse(await readFile(path.join(repo, "package.json"), "utf8")) as {
    scripts?: Record<string, string>;
  };
  if (scripts?.["version-packages"] !== "changeset version") {
    throw new Error(`expected the root script version-packages to be \`changeset version\``);
  }
  const changeset = await locateBin(repo, "@changesets/cli", "changeset");
  await runCommand(process.execPath, [changeset, "version"], { cwd: repo });
}

/**
 * `changeset publish` (the end of `pnpm release`) against the local registry: the user config
 * holds the token, and both the scoped and the default registry point at 127.0.0.1 so nothing of
 * the publish leaves the machine (`env` adds the network guard's settings). The changesets CLI is
 * started with node directly, as `pnpm exec` would after looking it up (one node start less).
 */
export async function publishPackages(
  repo: string,
  registry: LocalRegistry,
  npmrcPath: string,
  env: Record<string, string>,
): Promise<string> {
  await writeFile(npmrcPath, registry.npmrc);
  const changeset = await locateBin(repo, "@changesets/cli", "changeset");
  const { stdout, stderr } = await runCommand(process.execPath, [changeset, "publish"], {
    cwd: repo,
    // One libuv thread: npm publish unpacks each tarball to read it, and with the default four
    // threads, spinning on locks costs more CPU than the file writes themselves.
    env: { ...env, ...registry.env, NPM_CONFIG_USERCONFIG: npmrcPath, UV_THREADPOOL_SIZE: "1" },
  });
  return `${stdout}\n${stderr}`;
}
