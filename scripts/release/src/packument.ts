import type { PackageManifest } from "./workspace-packages.js";

export interface Packument {
  name: string;
  "dist-tags": Record<string, string>;
  versions: Record<string, PackageManifest & { dist: { tarball: string } }>;
}

/** The registry's document for a package: every published version's manifest. */
export async function fetchPackument(registryUrl: string, name: string): Promise<Packument> {
  const response = await fetch(new URL(name.replace("/", "%2f"), registryUrl), {
    headers: { accept: "application/json" },
  });
  if (!response.ok) throw new Error(`GET ${name} from ${registryUrl}: ${response.status}`);
  return (await response.json()) as Packument;
}
