// The built package as consumers see it: the default export, the file exports, and the README's
// example. Needs `pnpm --filter @users-api/spec build` first (turbo runs it before test).
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import {
  bundledJsonFile,
  bundledYamlFile,
  loadBundledDocument,
  packageDir,
} from "./support/repo.js";

const run = promisify(execFile);

/** Runs an ES module snippet with Node itself, resolving packages as a file in this package would. */
async function runNode(source: string): Promise<string> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "-e", source], {
    cwd: packageDir,
  });
  return stdout;
}

beforeAll(() => {
  if (!existsSync(join(packageDir, "dist/index.js"))) {
    throw new Error("dist/ is missing: run `pnpm --filter @users-api/spec build` before the tests");
  }
});

describe("the default export", () => {
  it("resolves to the built entry point", () => {
    expect(fileURLToPath(import.meta.resolve("@users-api/spec"))).toBe(
      join(packageDir, "dist/index.js"),
    );
  });

  it("is the bundled document", async () => {
    const { default: spec } = await import("@users-api/spec");
    expect(spec).toEqual(loadBundledDocument());
  });

  it("is the bundled document under Node's own resolution too", async () => {
    const stdout = await runNode(
      'import spec from "@users-api/spec"; process.stdout.write(JSON.stringify(spec));',
    );
    expect(JSON.parse(stdout)).toEqual(loadBundledDocument());
  });
});

describe("the file exports", () => {
  it.each([
    ["@users-api/spec/openapi.json", bundledJsonFile],
    ["@users-api/spec/openapi.yaml", bundledYamlFile],
  ])("%s resolves to the bundle, byte for byte, in dist/", async (specifier, bundled) => {
    const stdout = await runNode(
      `process.stdout.write(import.meta.resolve(${JSON.stringify(specifier)}));`,
    );
    const file = fileURLToPath(stdout);
    expect(file.startsWith(join(packageDir, "dist"))).toBe(true);
    expect(readFileSync(file).equals(readFileSync(bundled))).toBe(true);
  });

  it("does not expose files outside the exports map", async () => {
    await expect(runNode('import "@users-api/spec/src/index.js";')).rejects.toThrow(
      /ERR_PACKAGE_PATH_NOT_EXPORTED/,
    );
  });
});

describe("the README", () => {
  it("has a JavaScript example that runs", async () => {
    const readme = readFileSync(join(packageDir, "README.md"), "utf8");
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(example, "README.md has a ```js block").toBeDefined();
    const spec = loadBundledDocument();
    const info = spec["info"] as { title: string; version: string };
    const lines = (await runNode(example ?? "")).trim().split("\n");
    expect(lines[0]).toBe(`${info.title} ${info.version}`);
    expect(lines).toContain("PATCH /api/v2/users/{userId} (patchUser)");
    expect(lines.at(-1)).toBe("true true");
  });
});
