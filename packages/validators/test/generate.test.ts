// The generator: --spec/--out, output that does not depend on where it goes, and an Ajv module
// built in linear time (scripts/lib/standalone-module.mjs) that matches Ajv's own standaloneCode.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";

const packageDir = resolve(import.meta.dirname, "..");
const specFile = resolve(packageDir, "../spec/src/generated/openapi.json");
const committedDir = join(packageDir, "src/generated");

type Defs = Record<string, unknown>;
type Ajv = { getSchema(id: string): unknown };
/** What test/support/standalone-stack.worker.mjs posts: builds of the first `count` schemas. */
type Built = { count: number; code?: string; error?: string };
type StackRun = Partial<
  Record<"ajvLargest" | "ajvFailed" | "oursAtAjvLargest" | "ours" | "oursPerSchema", Built>
>;
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

  it("writes a complete package into another folder (--spec, --out)", () => {
    execFileSync(process.execPath, ["scripts/generate.mjs", "--spec", specFile, "--out", out], {
      cwd: packageDir,
      stdio: "pipe",
    });
    // Equal to the committed files is the drift check's job; here: the same set of files.
    expect(filesIn(out).sort()).toEqual(filesIn(committedDir).sort());
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

  it("builds as many exports as make Ajv's standaloneCode overflow the stack", async () => {
    // Ajv 8.20's standaloneCode appends each export to one code object and spreads everything so
    // far as call arguments: its stack use grows with the number of exports (with Node's default
    // stack it overflows from about 5500 schemas on, after quadratic time; bench/scale.mjs keeps
    // those sizes). A worker with a small stack shows the same at some hundred exports: with
    // 0.35 MB (Node keeps 192 KB of it) Node 20's Ajv overflows from about 860 on, while loading
    // the modules and compiling need about 0.27 MB. Our builder must give every export there, so
    // this fails if it ever accumulates or recurses per export as Ajv's does.
    const upTo = 4000;
    const result = await new Promise<StackRun>((resolvePromise, reject) => {
      const worker = new Worker(new URL("./support/standalone-stack.worker.mjs", import.meta.url), {
        workerData: { packageDir, from: 250, upTo },
        resourceLimits: { stackSizeMb: 0.35 },
      });
      worker.once("message", resolvePromise);
      worker.once("error", reject);
      worker.once("exit", (code) =>
        reject(new Error(`the worker exited (${code}) without an answer`)),
      );
    });
    const exportLines = (built: Built | undefined) =>
      built?.code?.match(/^export const compiled\w+ = validate\d+;$/gm);

    // The stack is small, not broken: Ajv's standaloneCode works for some hundred exports, and
    // ours gives the same code for them.
    expect(result.ajvLargest?.error).toBeUndefined();
    expect(exportLines(result.ajvLargest)).toHaveLength(result.ajvLargest!.count);
    expect(result.oursAtAjvLargest?.code).toBe(result.ajvLargest!.code);
    // Then Ajv's overflows, and ours does not.
    expect(result.ajvFailed?.error, `Ajv's standaloneCode overflows by ${upTo} exports`).toMatch(
      /^RangeError: Maximum call stack size exceeded/,
    );
    expect(result.ours?.error).toBeUndefined();
    expect(exportLines(result.ours)).toHaveLength(result.ajvFailed!.count);
    // So does standaloneModules, the one-module-per-schema builder the generator uses.
    expect(result.oursPerSchema?.error).toBeUndefined();
    expect(
      result.oursPerSchema?.code?.match(/^export \{ validate\d+ as compiled\w+ \};$/gm),
    ).toHaveLength(result.ajvFailed!.count);
  });
});
