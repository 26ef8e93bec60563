import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const PACKAGE_SCOPE = "@users-api";

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  optionalDependencies?: Record<string, string>;
  exports?: unknown;
}

export interface WorkspacePackage {
  directory: string;
  manifest: PackageManifest;
}

export const DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "peerDependencies",
  "optionalDependencies",
] as const;

export async function readManifest(directory: string): Promise<PackageManifest> {
  return JSON.parse(
    await readFile(path.join(directory, "package.json"), "utf8"),
  ) as PackageManifest;
}

/** The published packages of the set: every non-private `@users-api/*` under `packages/`. */
export async function listPublishablePackages(repoRoot: string): Promise<WorkspacePackage[]> {
  const packagesRoot = path.join(repoRoot, "packages");
  const entries = await readdir(packagesRoot, { withFileTypes: true });
  const found: WorkspacePackage[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const directory = path.join(packagesRoot, entry.name);
    const manifest = await readManifest(directory).catch(() => undefined);
    if (manifest && !manifest.private && manifest.name.startsWith(`${PACKAGE_SCOPE}/`)) {
      found.push({ directory, manifest });
    }
  }
  return found.sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** Every file path an `exports` map points at (`./dist/index.js`, ...). */
export function exportTargets(exportsField: unknown): string[] {
  if (typeof exportsField === "string") return [exportsField];
  if (exportsField === null || typeof exportsField !== "object") return [];
  return Object.values(exportsField).flatMap(exportTargets);
}

/** Internal (`@users-api/*`) dependency specifiers of a manifest, from every dependency field. */
export function internalDependencies(
  manifest: PackageManifest,
): { field: string; name: string; specifier: string }[] {
  return DEPENDENCY_FIELDS.flatMap((field) =>
    Object.entries(manifest[field] ?? {})
      .filter(([name]) => name.startsWith(`${PACKAGE_SCOPE}/`))
      .map(([name, specifier]) => ({ field, name, specifier })),
  );
}
