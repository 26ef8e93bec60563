import { access, chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { runCommand } from "./run-command.js";

/**
 * `changeset publish` asks `pnpm --version` before each package it publishes, only to know
 * whether pnpm takes `--no-git-checks`: a whole pnpm start (about a CPU-second) per package and
 * release. The launcher made here answers that one question with what the pnpm on PATH said
 * once, and hands every other pnpm command to that pnpm unchanged.
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

function quote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** Writes `<directory>/pnpm` and returns the PATH (as an env override) that puts it first. */
export async function createPnpmLauncher(directory: string): Promise<Record<string, string>> {
  const pnpm = await findOnPath("pnpm");
  await mkdir(directory, { recursive: true });
  const { stdout } = await runCommand(pnpm, ["--version"], { cwd: directory });
  const version = stdout.trim();
  const launcher = path.join(directory, "pnpm");
  await writeFile(
    launcher,
    [
      "#!/bin/sh",
      `if [ "$#" -eq 1 ] && [ "$1" = "--version" ]; then echo ${quote(version)}; exit 0; fi`,
      `exec ${quote(pnpm)} "$@"`,
      "",
    ].join("\n"),
  );
  await chmod(launcher, 0o755);
  return { PATH: [directory, process.env["PATH"] ?? ""].join(path.delimiter) };
}
