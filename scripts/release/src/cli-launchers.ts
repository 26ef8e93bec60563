import { access, chmod, mkdir, readFile, realpath, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * `changeset publish` starts, for each package it publishes, `pnpm --version` (only to know
 * whether pnpm takes `--no-git-checks`) and `npm info <name>` (which versions the registry has):
 * each a whole CLI start, about a CPU-second. The launchers made here, first on its PATH, answer
 * those two questions cheaply and hand every other command (`pnpm publish`, and the
 * `npm publish` that pnpm runs) to the real pnpm and npm unchanged.
 */

async function findOnPath(command: string): Promise<string> {
  for (const directory of (process.env["PATH"] ?? "").split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(directory, command);
    try {
      await access(candidate);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  throw new Error(`${command} is not on PATH`);
}

/** The version of the pnpm on PATH, read from its package.json (no pnpm start). */
async function pnpmVersion(pnpm: string): Promise<string> {
  for (let directory = path.dirname(await realpath(pnpm)); ; directory = path.dirname(directory)) {
    const manifest = await readFile(path.join(directory, "package.json"), "utf8").catch(() => "");
    if (manifest) {
      const { name, version } = JSON.parse(manifest) as { name?: string; version?: string };
      if (name === "pnpm" && version) return version;
    }
    if (path.dirname(directory) === directory)
      throw new Error(`no pnpm package.json above ${pnpm}`);
  }
}

function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * What changesets reads of `npm info <name> --<scope>:registry=<url> --json`: the latest
 * version's manifest with every published version's number, or `{ error: { code: "E404" } }`.
 * Asked of the registry the command names, which must be on 127.0.0.1.
 */
const NPM_INFO = `
const args = process.argv.slice(2);
const spec = args.find((arg) => !arg.startsWith("-"));
const registry = args.find((arg) => /^--(@[^:]+:)?registry=/.test(arg))?.split("=")[1];
if (!spec || !registry || new URL(registry).hostname !== "127.0.0.1") {
  console.error("npm info launcher: expected a package and a registry on 127.0.0.1:", args);
  process.exit(2);
}
const at = spec.lastIndexOf("@");
const [name, wanted] = at > 0 ? [spec.slice(0, at), spec.slice(at + 1)] : [spec, undefined];
const response = await fetch(new URL(name.replace("/", "%2f"), registry));
if (response.status === 404) {
  console.log(JSON.stringify({ error: { code: "E404", summary: name + " is not in this registry." } }));
  process.exit(1);
}
if (!response.ok) throw new Error("GET " + name + ": " + response.status);
const packument = await response.json();
const manifest = packument.versions[wanted ?? packument["dist-tags"].latest];
if (manifest) {
  const { "dist-tags": distTags, time } = packument;
  const versions = Object.keys(packument.versions);
  console.log(JSON.stringify({ ...manifest, "dist-tags": distTags, versions, time }));
}
`;

/** Writes `pnpm` and `npm` launchers into `directory`; returns the PATH (env override) with them first. */
export async function createCliLaunchers(directory: string): Promise<Record<string, string>> {
  const [pnpm, npm] = await Promise.all([findOnPath("pnpm"), findOnPath("npm")]);
  const version = await pnpmVersion(pnpm);
  await mkdir(directory, { recursive: true });
  const npmInfo = path.join(directory, "npm-info.mjs");
  await writeFile(npmInfo, NPM_INFO);
  const launchers = {
    pnpm: `if [ "$#" -eq 1 ] && [ "$1" = "--version" ]; then echo ${quote(version)}; exit 0; fi
exec ${quote(pnpm)} "$@"`,
    npm: `if [ "$1" = "info" ]; then shift; exec ${quote(process.execPath)} ${quote(npmInfo)} "$@"; fi
exec ${quote(npm)} "$@"`,
  };
  for (const [command, body] of Object.entries(launchers)) {
    const launcher = path.join(directory, command);
    await writeFile(launcher, `#!/bin/sh\n${body}\n`);
    await chmod(launcher, 0o755);
  }
  return { PATH: [directory, process.env["PATH"] ?? ""].join(path.delimiter) };
}
