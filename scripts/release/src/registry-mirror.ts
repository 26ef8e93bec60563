import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { LocalRegistry } from "./local-registry.js";
import type { InstalledPackage } from "./public-dependencies.js";
import { packDirectory } from "./tarball.js";

/**
 * The request `npm publish` makes: the version's manifest with its `dist`, and the tarball as an
 * attachment. `publishConfig` (which may name the public registry) is dropped.
 */
async function publishDocument(installed: InstalledPackage, registryUrl: string) {
  const manifest = JSON.parse(
    await readFile(path.join(installed.directory, "package.json"), "utf8"),
  ) as Record<string, unknown>;
  delete manifest["publishConfig"];
  const { name, version } = installed;
  const tarball = await packDirectory(installed.directory);
  const fileName = `${name.split("/").at(-1)}-${version}.tgz`;
  return {
    _id: name,
    name,
    "dist-tags": { latest: version },
    versions: {
      [version]: {
        ...manifest,
        _id: `${name}@${version}`,
        dist: {
          shasum: createHash("sha1").update(tarball).digest("hex"),
          integrity: `sha512-${createHash("sha512").update(tarball).digest("base64")}`,
          tarball: new URL(`${name}/-/${fileName}`, registryUrl).href,
        },
      },
    },
    _attachments: {
      [fileName]: {
        content_type: "application/octet-stream",
        data: tarball.toString("base64"),
        length: tarball.length,
      },
    },
  };
}

/**
 * Publishes the installed packages to the local registry, so that a project can install them
 * from there with no other registry. Done from this process (what `npm publish <folder>
 * --ignore-scripts` sends), not with npm: the mirror only stages the test, and an npm start per
 * package costs about a CPU-second.
 */
export async function mirrorToRegistry(
  installed: readonly InstalledPackage[],
  registry: LocalRegistry,
): Promise<void> {
  await Promise.all(
    installed.map(async (entry) => {
      const body = JSON.stringify(await publishDocument(entry, registry.url));
      const response = await fetch(new URL(entry.name.replace("/", "%2f"), registry.url), {
        method: "PUT",
        headers: { "content-type": "application/json", authorization: `Bearer ${registry.token}` },
        body,
      });
      if (!response.ok) {
        throw new Error(
          `mirroring ${entry.name}@${entry.version}: ${response.status} ${await response.text()}`,
        );
      }
    }),
  );
}
