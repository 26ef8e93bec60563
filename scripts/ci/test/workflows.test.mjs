import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkCiScript,
  checkCiWorkflow,
  checkReleaseWorkflow,
  NODE_VERSIONS,
  pnpmPrefix,
  readmeQuickStartCommands,
} from "../workflows.mjs";

const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));

/** @param {string} file relative to the repository root */
const read = (file) => readFile(`${REPO_ROOT}/${file}`, "utf8");

/**
 * `text` with `from` replaced by `to`; fails when `from` is not in it, so a drift case can never
 * silently test the unchanged file.
 * @param {string} text
 * @param {string | RegExp} from
 * @param {string} to
 */
function drift(text, from, to) {
  const drifted = text.replace(from, to);
  expect(drifted).not.toBe(text);
  return drifted;
}

let readme = "";
let ciRun = "";
let ciWorkflow = "";
let releaseWorkflow = "";
/** @type {Record<string, string>} */
let rootScripts = {};
/** @type {string[]} */
let commands = [];

beforeAll(async () => {
  readme = await read("README.md");
  ciRun = await read(".ci/run");
  ciWorkflow = await read(".github/workflows/ci.yml");
  releaseWorkflow = await read(".github/workflows/release.yml");
  rootScripts = JSON.parse(await read("package.json")).scripts;
  commands = readmeQuickStartCommands(readme);
});

describe("the README's Quick start", () => {
  it("has two commands: install and build, then test", () => {
    expect(commands).toHaveLength(2);
    const [installAndBuild, test] = commands;
    expect(installAndBuild).toMatch(/\binstall --frozen-lockfile && .*\bbuild$/);
    expect(test).toMatch(/\btest$/);
    expect(pnpmPrefix(commands)).toMatch(/pnpm/);
  });

  it("reads only the Quick start block", () => {
    const markdown = [
      "# x",
      "```sh",
      "not this",
      "```",
      "## Quick start",
      "",
      "```sh",
      "# a comment",
      "pnpm install && pnpm build",
      "",
      "pnpm test",
      "```",
      "## Later",
      "```sh",
      "nor this",
      "```",
    ].join("\n");
    expect(readmeQuickStartCommands(markdown)).toEqual(["pnpm install && pnpm build", "pnpm test"]);
  });
});

describe("the CI entry points run the README's commands", () => {
  it(".ci/run runs both, in order", () => {
    expect(checkCiScript(ciRun, commands)).toEqual([]);
  });

  it(`ci.yml runs both as run: steps, in order, on Node ${NODE_VERSIONS.join(", ")}`, () => {
    expect(checkCiWorkflow(ciWorkflow, commands)).toEqual([]);
  });

  it("release.yml installs and builds the README's way, then publishes with the root release script", () => {
    expect(checkReleaseWorkflow(releaseWorkflow, commands, rootScripts)).toEqual([]);
  });
});

describe("drift is caught", () => {
  it("ci.yml that runs pnpm differently from the README", () => {
    const drifted = drift(
      ciWorkflow,
      /run: npx -y pnpm@\S+ install --frozen-lockfile && npx -y pnpm@\S+ build/,
      "run: pnpm install --frozen-lockfile && pnpm build",
    );
    expect(checkCiWorkflow(drifted, commands)).toEqual([
      `ci.yml job test: does not run README command 1: ${commands[0]}`,
    ]);
  });

  it("ci.yml that runs the commands in the wrong order", () => {
    const [installAndBuild = "", test = ""] = commands;
    const drifted = drift(
      drift(ciWorkflow, `run: ${installAndBuild}`, "run: PLACEHOLDER"),
      `run: ${test}`,
      `run: ${installAndBuild}`,
    ).replace("run: PLACEHOLDER", `run: ${test}`);
    expect(checkCiWorkflow(drifted, commands)).toEqual([
      `ci.yml job test: README command 2 runs out of order: ${test}`,
    ]);
  });

  it("ci.yml whose container image does not say which Node it has", () => {
    const drifted = drift(ciWorkflow, /image: node:.*/, "image: debian:12");
    expect(checkCiWorkflow(drifted, commands)).toEqual(
      NODE_VERSIONS.map((version) => `ci.yml: the README commands do not run on Node ${version}`),
    );
  });

  it("ci.yml that leaves a Node version out of the matrix", () => {
    const drifted = drift(ciWorkflow, /node: \[.*\]/, 'node: ["20", "22"]');
    expect(checkCiWorkflow(drifted, commands)).toEqual([
      "ci.yml: the README commands do not run on Node 24",
    ]);
  });

  it("a README whose commands changed while the workflows did not", () => {
    const newReadme = drift(readme, /pnpm@10\.34\.9/g, "pnpm@11.0.0");
    const newCommands = readmeQuickStartCommands(newReadme);
    expect(checkCiWorkflow(ciWorkflow, newCommands)).toHaveLength(2);
    expect(checkCiScript(ciRun, newCommands)).toEqual([
      `.ci/run: does not run README command 1: ${newCommands[0]}`,
      `.ci/run: does not run README command 2: ${newCommands[1]}`,
    ]);
    expect(checkReleaseWorkflow(releaseWorkflow, newCommands, rootScripts)).toEqual([
      `release.yml job release: does not install and build with README command 1 before changesets/action: ${newCommands[0]}`,
      'release.yml job release: changesets/action version is "npx -y pnpm@10.34.9 version-packages", expected "npx -y pnpm@11.0.0 version-packages" (the root "version-packages" script)',
      'release.yml job release: changesets/action publish is "npx -y pnpm@10.34.9 release", expected "npx -y pnpm@11.0.0 release" (the root "release" script)',
    ]);
  });

  it(".ci/run without the test command", () => {
    const drifted = drift(ciRun, /^npx -y pnpm@\S+ test$/m, "npx -y pnpm@10.34.9 test:scripts");
    expect(checkCiScript(drifted, commands)).toEqual([
      `.ci/run: does not run README command 2: ${commands[1]}`,
    ]);
  });

  it("release.yml that publishes without the root release script or provenance", () => {
    const drifted = drift(
      drift(releaseWorkflow, /publish: .*/, "publish: npx -y pnpm@10.34.9 exec changeset publish"),
      /NPM_CONFIG_PROVENANCE: .*/,
      'NPM_CONFIG_PROVENANCE: "false"',
    );
    expect(checkReleaseWorkflow(drifted, commands, rootScripts)).toEqual([
      'release.yml job release: changesets/action publish is "npx -y pnpm@10.34.9 exec changeset publish", expected "npx -y pnpm@10.34.9 release" (the root "release" script)',
      "release.yml: changesets/action needs NPM_CONFIG_PROVENANCE: true",
    ]);
  });

  it("release.yml that builds some other way", () => {
    const drifted = drift(
      releaseWorkflow,
      /run: npx -y pnpm@\S+ install .*/,
      "run: pnpm i && pnpm build",
    );
    expect(checkReleaseWorkflow(drifted, commands, rootScripts)).toEqual([
      `release.yml job release: does not install and build with README command 1 before changesets/action: ${commands[0]}`,
    ]);
  });

  it("a root package.json without the release script", () => {
    const { release: _release, ...scripts } = rootScripts;
    expect(checkReleaseWorkflow(releaseWorkflow, commands, scripts)).toEqual([
      'package.json: has no "release" script for changesets/action publish',
    ]);
  });
});
