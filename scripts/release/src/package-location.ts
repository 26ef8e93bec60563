import { readFile, realpath } from "node:fs/promises";
import path from "node:path";

/**
 * Where Node finds `name` from `fromDirectory`: the first `node_modules/<name>` up the tree, real
 * path, or `undefined`. Done by hand because `require.resolve` caches real paths for the life of
 * the process, and an upgrade re-points the same symlinks at new versions.
 */
export async function findPackage(
  fromDirectory: string,
  name: string,
): Promise<string | undefined> {
  for (let directory = fromDirectory; ; directory = path.dirname(directory)) {
    try {
      return await realpath(path.join(directory, "node_modules", name));
    } catch {
      if (path.dirname(directory) === directory) return undefined;
    }
  }
}

export async function locatePackage(fromDirectory: string, name: string): Promise<string> {
  const found = await findPackage(fromDirectory, name);
  if (!found) throw new Error(`${name} is not installed (looked up from ${fromDirectory})`);
  return found;
}

/** The file that the `command` bin of package `name` runs, as found from `fromDirectory`. */
export async function locateBin(
  fromDirectory: string,
  name: string,
  command: string,
): Promise<string> {
  const directory = await locatePackage(fromDirectory, name);
  const { bin } = JSON.parse(await readFile(path.join(directory, "package.json"), "utf8")) as {
    bin?: string | Record<string, string>;
  };
  const file = typeof bin === "string" ? bin : bin?.[command];
  if (!file) throw new Error(`${name} has no \`${command}\` bin`);
  return path.join(directory, file);
}
