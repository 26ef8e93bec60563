import { findPackage } from "./package-location.js";
import type { PackageManifest, WorkspacePackage } from "./workspace-packages.js";
import { PACKAGE_SCOPE, readManifest } from "./workspace-packages.js";

/** A third-party package as installed in the repository (pnpm's `node_modules/.pnpm/...`). */
export interface InstalledPackage {
  name: string;
  version: string;
  directory: string;
}

interface RuntimeDependency {
  name: string;
  /** An optional dependency or peer may be missing; pnpm installs without it. */
  optional: boolean;
}

/** What an install of `manifest` pulls in: dependencies, optional ones and non-optional peers. */
function runtimeDependencies(manifest: PackageManifest): RuntimeDependency[] {
  const optionalPeers = manifest.peerDependenciesMeta ?? {};
  return [
    ...Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, optional: false })),
    ...Object.keys(manifest.optionalDependencies ?? {}).map((name) => ({ name, optional: true })),
    ...Object.keys(manifest.peerDependencies ?? {})
      .filter((name) => !optionalPeers[name]?.optional)
      .map((name) => ({ name, optional: false })),
  ];
}

/**
 * Every public (non-`@users-api/*`) package that installing `roots` needs, at the version the
 * repository has installed: the closure of their runtime dependencies, each resolved the way Node
 * resolves it from the package that depends on it.
 */
export async function installedPublicDependencies(
  roots: readonly WorkspacePackage[],
): Promise<InstalledPackage[]> {
  const found = new Map<string, InstalledPackage>();
  const visit = async (fromDirectory: string, dependency: RuntimeDependency): Promise<void> => {
    const directory = await findPackage(fromDirectory, dependency.name);
    if (!directory) {
      if (dependency.optional) return;
      throw new Error(
        `${dependency.name} is not installed (needed by ${fromDirectory}); run pnpm install`,
      );
    }
    const manifest = await readManifest(directory);
    const key = `${manifest.name}@${manifest.version}`;
    if (found.has(key)) return;
    found.set(key, { name: manifest.name, version: manifest.version, directory });
    for (const next of runtimeDependencies(manifest)) await visit(directory, next);
  };
  for (const { directory, manifest } of roots) {
    for (const dependency of runtimeDependencies(manifest)) {
      if (!dependency.name.startsWith(`${PACKAGE_SCOPE}/`)) await visit(directory, dependency);
    }
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}
