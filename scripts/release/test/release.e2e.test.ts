import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createPnpmLauncher } from "../src/pnpm-launcher.js";
import {
  compileConsumer,
  createConsumerProject,
  installDependencies,
  installedUsersApiVersions,
  lockedTarballUrls,
  lockedUsersApiVersions,
  runConsumer,
  upgradeUsersApiPackages,
} from "../src/consumer-project.js";
import { startLocalRegistry, type LocalRegistry } from "../src/local-registry.js";
import { startNetworkGuard, type NetworkGuard } from "../src/network-guard.js";
import { fetchPackument, type Packument } from "../src/packument.js";
import { installedPublicDependencies } from "../src/public-dependencies.js";
import { mirrorToRegistry } from "../src/registry-mirror.js";
import {
  addChangeset,
  commitAll,
  discardPendingChangesets,
  initGitRepository,
  listTags,
  publishPackages,
  versionPackages,
} from "../src/release-steps.js";
import { runCommand } from "../src/run-command.js";
import { bumpVersion, type BumpType } from "../src/semver-bump.js";
import { copyWorkspace } from "../src/workspace-copy.js";
import {
  exportTargets,
  internalDependencies,
  listPublishablePackages,
  PACKAGE_SCOPE,
  type WorkspacePackage,
} from "../src/workspace-packages.js";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const CLIENT = `${PACKAGE_SCOPE}/fetch-client`;
const MOCK_SERVER = `${PACKAGE_SCOPE}/mock-server`;

/** What the consumer's dist/main.js prints (see fixtures/consumer/src/main.ts). */
interface ConsumerReport {
  created: { id: string; name: string; version: number };
  updated: { name: string; version: number };
  listedIds: string[];
  foundIds: string[];
  notFound: { status: number; code: string };
  invalidPatch: { status: number; code: string };
}

let work: string;
let repo: string;
let consumer: string;
let registry: LocalRegistry | undefined;
let guard: NetworkGuard | undefined;
/** PATH for `changeset publish`: `pnpm --version` and `npm info` answered without a CLI start. */
let pnpmLauncher: Record<string, string> = {};
let packages: WorkspacePackage[] = [];
const packuments = new Map<string, Packument>();

/**
 * For npm/pnpm: every registry is the local one, and any other host goes to the guard. pnpm's
 * metadata cache (one folder per registry host and port) stays in the test's folder.
 */
function loopbackOnly(): Record<string, string> {
  return { ...guard!.env, ...registry!.env, npm_config_cache_dir: path.join(work, "pnpm-cache") };
}

function packageNames(): string[] {
  return packages.map((entry) => entry.manifest.name);
}

function versionsByName(versions: Map<string, Set<string>>): Record<string, string[]> {
  return Object.fromEntries([...versions].map(([name, found]) => [name, [...found].sort()]));
}

/** Every `@users-api/*` reachable from `roots` through the published manifests' dependencies. */
function publishedClosure(roots: string[], version: string): string[] {
  const reached = new Set<string>();
  const visit = (name: string) => {
    if (reached.has(name)) return;
    reached.add(name);
    const manifest = packuments.get(name)?.versions[version];
    for (const dependency of Object.keys(manifest?.dependencies ?? {})) {
      if (dependency.startsWith(`${PACKAGE_SCOPE}/`)) visit(dependency);
    }
  };
  roots.forEach(visit);
  return [...reached].sort();
}

/** The maintainer's release: add a changeset, `pnpm version-packages`, `changeset publish`. */
async function release(id: string, bumps: Record<string, BumpType>, summary: string) {
  await addChangeset(repo, id, bumps, summary);
  await commitAll(repo, `Add changeset ${id}`);
  await versionPackages(repo);
  packages = await listPublishablePackages(repo);
  await commitAll(repo, "Version packages");
  await publishPackages(repo, registry!, path.join(work, "publish.npmrc"), {
    ...guard!.env,
    ...pnpmLauncher,
  });
  expect(guard!.takeAttempts(), "requests that would have left 127.0.0.1").toEqual([]);
  for (const name of packageNames()) {
    packuments.set(name, await fetchPackument(registry!.url, name));
  }
}

function expectVersionedTogether(version: string, summary: string) {
  return Promise.all(
    packages.map(async ({ directory, manifest }) => {
      expect(manifest.version, manifest.name).toBe(version);
      const changelog = await readFile(path.join(directory, "CHANGELOG.md"), "utf8");
      expect(changelog, `${manifest.name} CHANGELOG.md`).toContain(`## ${version}`);
      if (summary) expect(changelog).toContain(summary);
    }),
  );
}

function expectPublishedWithExactInternalDependencies(version: string) {
  for (const name of packageNames()) {
    const packument = packuments.get(name)!;
    expect(packument["dist-tags"].latest, `${name} latest`).toBe(version);
    const manifest = packument.versions[version];
    expect(manifest, `${name}@${version} on the registry`).toBeDefined();
    expect(JSON.stringify(manifest)).not.toContain("workspace:");
    expect(manifest, `${name} publishing fields`).toMatchObject({
      license: expect.any(String),
      sideEffects: false,
      repository: { url: expect.any(String) },
    });
    for (const dependency of internalDependencies(manifest!)) {
      expect(dependency, `${name} ${dependency.field}`).toEqual({
        ...dependency,
        specifier: version,
      });
    }
  }
}

async function expectConsumerOnOneVersion(version: string) {
  const expected = publishedClosure([CLIENT, MOCK_SERVER], version);
  expect(expected).toEqual(expect.arrayContaining([CLIENT, MOCK_SERVER]));
  const lockedVersions = await lockedUsersApiVersions(consumer);
  const installedVersions = await installedUsersApiVersions(consumer);
  const onlyVersion = Object.fromEntries(expected.map((name) => [name, [version]]));
  expect(versionsByName(lockedVersions), "pnpm-lock.yaml").toEqual(onlyVersion);
  expect(versionsByName(installedVersions), "node_modules").toEqual(onlyVersion);
}

/** Every package in the consumer's lockfile was fetched from the registry on 127.0.0.1. */
async function expectConsumerInstalledFromLocalRegistryOnly() {
  expect(guard!.takeAttempts(), "requests that would have left 127.0.0.1").toEqual([]);
  const tarballs = await lockedTarballUrls(consumer);
  expect([...tarballs.keys()]).toEqual(
    expect.arrayContaining([`${CLIENT}@${packages[0]!.manifest.version}`]),
  );
  const registryHost = new URL(registry!.url).host;
  for (const [key, tarball] of tarballs) {
    expect(tarball && new URL(tarball).host, `${key} tarball`).toBe(registryHost);
  }
}

/** Runs the consumer's compiled dist/main.js against the packages installed now. */
async function expectConsumerRuns() {
  const report = (await runConsumer(consumer)) as ConsumerReport;
  expect(report.created.name).toBe("Release E2E");
  expect(report.updated).toEqual({
    name: "Release E2E (renamed)",
    version: report.created.version + 1,
  });
  expect(report.listedIds).toContain(report.created.id);
  expect(report.foundIds).toEqual([report.created.id]);
  expect(report.notFound.status).toBe(404);
  expect(report.invalidPatch.status).toBe(400);
}

describe("release: changesets -> registry on 127.0.0.1 -> a team's project", () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), "users-api-release-"));
    repo = path.join(work, "repo");
    consumer = path.join(work, "consumer");
    await mkdir(path.join(work, "registry"));
    registry = await startLocalRegistry(path.join(work, "registry"));
    guard = await startNetworkGuard();
    pnpmLauncher = await createPnpmLauncher(path.join(work, "bin"));
    await copyWorkspace(REPO_ROOT, repo);
    await discardPendingChangesets(repo);
    await initGitRepository(repo);
    packages = await listPublishablePackages(repo);
  });

  afterAll(async () => {
    await registry?.close();
    await guard?.close();
    if (process.env["RELEASE_E2E_KEEP"]) console.log(`RELEASE_E2E_KEEP: kept ${work}`);
    else if (work) await rm(work, { recursive: true, force: true });
  });

  test("npm and pnpm run by the test cannot reach a host other than 127.0.0.1", async () => {
    const probe = path.join(work, "network-probe");
    await mkdir(probe);
    await writeFile(
      path.join(probe, "package.json"),
      '{ "name": "network-probe", "private": true }\n',
    );
    // 192.0.2.1 (TEST-NET-1) stands for any registry not on 127.0.0.1: the guard must stop it.
    const elsewhere = ["--registry", "https://192.0.2.1/"];
    const options = { cwd: probe, env: { ...guard!.env, npm_config_fetch_timeout: "5000" } };
    await expect(
      runCommand("pnpm", ["add", "network-probe-dep", ...elsewhere], options),
    ).rejects.toThrow();
    expect(new Set(guard!.takeAttempts()), "pnpm").toEqual(new Set(["192.0.2.1:443"]));
    await expect(
      runCommand("npm", ["view", "network-probe-dep", ...elsewhere], options),
    ).rejects.toThrow();
    expect(new Set(guard!.takeAttempts()), "npm").toEqual(new Set(["192.0.2.1:443"]));
  });

  test("the packages to publish are built (run `pnpm build` first)", async () => {
    expect(packageNames()).toEqual(expect.arrayContaining([CLIENT, MOCK_SERVER]));
    for (const { directory, manifest } of packages) {
      for (const target of exportTargets(manifest.exports)) {
        if (target.includes("*")) {
          // A subpath pattern (one entry per schema): at least one file must match it.
          const [before = "", after = ""] = target.split("*");
          const slash = before.lastIndexOf("/");
          const folder = path.join(directory, before.slice(0, slash));
          const prefix = before.slice(slash + 1);
          const matches = (await readdir(folder)).filter(
            (file) => file.startsWith(prefix) && file.endsWith(after) && file.length > after.length,
          );
          expect(matches.length, `${manifest.name}: ${target}`).toBeGreaterThan(0);
          continue;
        }
        await expect(
          access(path.join(directory, target)),
          `${manifest.name}: ${target}`,
        ).resolves.toBeUndefined();
      }
    }
  });

  test("a minor changeset releases every @users-api/* at one version with exact internal dependencies", async () => {
    const baseVersions = new Set(packages.map((entry) => entry.manifest.version));
    expect(baseVersions.size, "all packages start at one version").toBe(1);
    const version = bumpVersion([...baseVersions][0]!, "minor");
    const summary = "First release through the end-to-end test.";

    await release(
      "e2e-first-release",
      Object.fromEntries(packageNames().map((name) => [name, "minor"])),
      summary,
    );

    await expectVersionedTogether(version, summary);
    expectPublishedWithExactInternalDependencies(version);
    expect(await listTags(repo)).toEqual(
      expect.arrayContaining(packageNames().map((name) => `${name}@${version}`)),
    );
  });

  test("a fresh project that installs only the client gets every @users-api/* at that exact version, type-checks and runs", async () => {
    const version = packages[0]!.manifest.version;
    // The registry has no uplinks: the public packages the release depends on come from the
    // repository's node_modules, at the versions the repository was tested with.
    const publicDependencies = await installedPublicDependencies(packages);
    expect(publicDependencies.map((entry) => entry.name)).toContain("openapi-fetch");
    await mirrorToRegistry(publicDependencies, registry!);

    await createConsumerProject(consumer, registry!, {
      dependencies: { [CLIENT]: version },
      devDependencies: { [MOCK_SERVER]: version },
    });
    await installDependencies(consumer, loopbackOnly());

    await expectConsumerInstalledFromLocalRegistryOnly();
    await expectConsumerOnOneVersion(version);
    await compileConsumer(consumer, REPO_ROOT);
    await expectConsumerRuns();
  });

  test("a changeset on one package releases the whole set; the project upgrades all @users-api/* together", async () => {
    const previous = packages[0]!.manifest.version;
    const version = bumpVersion(previous, "patch");
    const onePackage = packageNames().at(-1)!;

    await release(
      "e2e-second-release",
      { [onePackage]: "patch" },
      "Second release, one package changed.",
    );

    await expectVersionedTogether(version, "");
    expectPublishedWithExactInternalDependencies(version);
    for (const name of packageNames()) {
      expect(Object.keys(packuments.get(name)!.versions), name).toEqual([previous, version]);
    }

    await upgradeUsersApiPackages(consumer, loopbackOnly());
    await expectConsumerInstalledFromLocalRegistryOnly();
    const pins = JSON.parse(await readFile(path.join(consumer, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pins.dependencies).toEqual({ [CLIENT]: version });
    expect(pins.devDependencies).toEqual({ [MOCK_SERVER]: version });
    await expectConsumerOnOneVersion(version);
    // The upgraded packages are the same build as the compiled ones under a new version number,
    // so the code compiled against the first release runs against them as it is.
    await expectConsumerRuns();
  });
});
