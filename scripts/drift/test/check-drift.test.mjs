// The drift check (../check-drift.mjs) in a small git repository of its own: it passes while the
// files under every package's src/generated/ equal what is committed, and fails, naming the
// file, on each way they can differ.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const script = fileURLToPath(new URL("../check-drift.mjs", import.meta.url));
const FILES = {
  "packages/types/src/generated/openapi.ts": "export type A = 1;\n",
  "packages/validators/src/generated/schemas/User.js": "export const x = 1;\n",
  "packages/types/src/index.ts": "export {};\n",
};

/** @type {string} */
let repo;

const write = (file, text) => {
  mkdirSync(dirname(join(repo, file)), { recursive: true });
  writeFileSync(join(repo, file), text);
};
const git = (...args) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
    cwd: repo,
    stdio: "ignore",
  });
const check = () => {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script], {
    cwd: repo,
    encoding: "utf8",
  });
  return { status, output: stdout + stderr };
};

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "users-api-drift-"));
  git("init", "-q");
  for (const [file, text] of Object.entries(FILES)) write(file, text);
  git("add", ".");
  git("commit", "-qm", "generated");
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

describe("check-drift.mjs", () => {
  it("passes when every generated file equals what is committed", () => {
    expect(check()).toEqual({ status: 0, output: expect.stringContaining("No drift") });
  });

  it("leaves files outside src/generated/ to the other checks", () => {
    write("packages/types/src/index.ts", "export const edited = true;\n");
    expect(check().status).toBe(0);
  });

  it.each([
    [
      "a changed file",
      () => write("packages/types/src/generated/openapi.ts", "export type A = 2;\n"),
      "openapi.ts",
    ],
    [
      "a changed file in a nested folder",
      () => write("packages/validators/src/generated/schemas/User.js", "export const x = 2;\n"),
      "schemas/User.js",
    ],
    [
      "a file the generators no longer write",
      () => unlinkSync(join(repo, "packages/types/src/generated/openapi.ts")),
      "openapi.ts",
    ],
    [
      "a new file not committed",
      () => write("packages/types/src/generated/extra.ts", "\n"),
      "extra.ts",
    ],
  ])("fails on %s and names it", (_, change, named) => {
    change();
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain("Generated files differ");
    expect(output).toContain(named);
  });
});
