// The generator: --spec/--out, output that does not depend on where it goes, and an Ajv module
// built in linear time (scripts/lib/standalone-module.mjs) that matches Ajv's own standaloneCode.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const packageDir = resolve(import.meta.dirname, "..");
const specFile = resolve(packageDir, "../spec/src/generated/openapi.json");
const committedDir = join(packageDir, "src/generated");

type Defs = Record<string, unknown>;
type Ajv = { getSchema(id: string): unknown };
const scriptModule = (file: string): Promise<unknown> =>
  import(pathToFileURL(join(packageDir, "scripts/lib", file)).href);
const { createAjv, compiledExports } = (await scriptModule("compile-standalone.mjs")) as {
  createAjv(defs: Defs, formats: string[]): Ajv;
  compiledExports(names: string[]): Record<string, string>;
};
const { standaloneModule } = (await scriptModule("standalone-module.mjs")) as {
  standaloneModule(ajv: Ajv, exports: Record<string, string>): string;
};
const { validationDefs, formatsUsed, isWritableVariant } = (await scriptModule(
  "validation-schemas.mjs",
)) as {
  validationDefs(document: unknown): Defs;
  formatsUsed(defs: Defs): string[];
  isWritableVariant(name: string): boolean;
};
const standaloneCode = createRequire(join(packageDir, "package.json"))("ajv/dist/standalone")
  .default as (ajv: Ajv, exports: Record<string, string>) => string;

function filesIn(dir: string, under = ""): string[] {
  return readdirSync(join(dir, under), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(dir, join(under, entry.name)) : [join(under, entry.name)],
  );
}

describe("scripts/generate.mjs --spec --out", () => {
  const out = mkdtempSync(join(tmpdir(), "users-api-validators-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes exactly the committed src/generated/ into another folder", () => {
    execFileSync(process.execPath, ["scripts/generate.mjs", "--spec", specFile, "--out", out], {
      cwd: packageDir,
      stdio: "pipe",
    });
    const files = filesIn(committedDir).sort();
    expect(filesIn(out).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(out, file), "utf8"), file).toBe(
        readFileSync(join(committedDir, file), "utf8"),
      );
    }
  });
});

describe("standaloneModule", () => {
  it("emits the same code as Ajv's standaloneCode for the spec", () => {
    const defs = validationDefs(JSON.parse(readFileSync(specFile, "utf8")));
    const ajv = createAjv(defs, formatsUsed(defs));
    const exports = compiledExports(Object.keys(defs).filter((name) => !isWritableVariant(name)));
    const ours = standaloneModule(ajv, exports);
    expect(ours).toContain("export const compiledOrgUser = ");
    expect(ours).toBe(standaloneCode(ajv, exports));
  });

  it("handles thousands of schemas, where Ajv's standaloneCode overflows the stack", () => {
    // Pairs of schemas that refer to each other, so that no compile recurses deeply. Ajv 8.20's
    // standaloneCode throws "Maximum call stack size exceeded" here (from about 5500 of them on,
    // with Node's default stack size), after quadratic time.
    const count = 8000;
    const defs: Defs = {};
    for (let i = 0; i < count; i++) {
      defs[`S${i}`] = {
        type: "object",
        properties: { name: { type: "string" }, other: { $ref: `#/$defs/S${i ^ 1}` } },
      };
    }
    const ajv = createAjv(defs, []);
    const code = standaloneModule(ajv, compiledExports(Object.keys(defs)));
    expect(code.match(/^export const compiledS\d+ = validate\d+;$/gm)).toHaveLength(count);
  });
});
