// The build Node loads (dist/node/, the `default` condition; see scripts/lib/node-build.mjs):
// each schema's subpath is one module that holds the compiled code it needs, and imports only
// the shared run-time module, ajv-formats (when it checks URIs) and the shared module of a large
// closure it reaches. It must behave exactly as the module graph that bundlers get
// (dist/generated/, the `module` condition), though it is made to start faster: validateX runs
// the fail-fast guard first (the collecting validator, CommonJS required on the first invalid
// value, only when it fails), the guards hold no error objects, ajv-formats is required on first
// use. Runs against dist/: build first.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual, promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { allExamples } from "./examples.js";
import { schemaNames } from "./public-api.js";
import { readModels, unlistedCases } from "./support/unlisted-enums.js";
import { variations } from "./support/variations.js";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const nodeDir = join(packageDir, "dist/node");
const fullUserFile = join(packageDir, "../../spec/examples/OrgUser/valid/full.json");
const graphDir = join(packageDir, "dist/generated");
const { fileNameFor } = (await import(
  pathToFileURL(join(packageDir, "scripts/lib/emit-modules.mjs")).href
)) as { fileNameFor(name: string): string };
const { leanGuard, failFastReferences } = (await import(
  pathToFileURL(join(packageDir, "scripts/lib/node-build.mjs")).href
)) as { leanGuard(source: string): string; failFastReferences(source: string): string };

type Module = Record<string, unknown>;
const load = (dir: string, name: string): Promise<Module> =>
  import(pathToFileURL(join(dir, `${fileNameFor(name)}.js`)).href) as Promise<Module>;

/**
 * Every module `file` loads, itself included, following static imports and re-exports (Node's
 * built-in modules aside).
 */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, target] of source.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)) {
    if (target!.startsWith("node:")) continue;
    expect(target, `${file} imports ${target}`).toMatch(/^\.\.?\//);
    staticGraph(resolve(dirname(file), target!), seen);
  }
  return seen;
}

const relativeTo = (files: Set<string>): string[] =>
  [...files].map((file) => file.slice(nodeDir.length + 1)).sort();

describe("dist/node/", () => {
  it("has one module per schema with the exports of the module graph's", async () => {
    for (const name of schemaNames) {
      const [bundled, graph] = await Promise.all([load(nodeDir, name), load(graphDir, name)]);
      expect(Object.keys(bundled).sort(), name).toEqual(Object.keys(graph).sort());
    }
  });

  it("validates every example of the spec as the module graph does", async () => {
    let compared = 0;
    for (const { schema, valid, invalid } of allExamples()) {
      if (!schemaNames.includes(schema)) continue;
      const name = `validate${schema}`;
      const guard = `is${schema}`;
      const [bundled, graph] = await Promise.all([load(nodeDir, schema), load(graphDir, schema)]);
      const values = [...valid.map((v) => v.value), ...invalid.map((i) => i.example.value)];
      for (const value of values) {
        const check = (m: Module, key: string) => (m[key] as (v: unknown) => unknown)(value);
        expect(check(bundled, name), schema).toEqual(check(graph, name));
        expect(check(bundled, guard), schema).toBe(check(graph, guard));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("answers as the module graph does on the examples' variations", async () => {
    // The guards are rewritten to return at a referenced definition's first failure (see
    // failFastReferences): thousands of values near the valid ones, valid and not, check that
    // isX and validateX still answer alike in both builds. Of each list, the first two items are
    // varied (a failure in the first item, and one after an item that passed): the others run
    // the same code at other indexes (PatchUserList's fifty users made a sixth of the values).
    // The answers are compared without an assertion per value (a quarter of the time it took).
    let compared = 0;
    const differences: unknown[] = [];
    for (const { schema, valid, invalid } of allExamples()) {
      if (!schemaNames.includes(schema)) continue;
      const [bundled, graph] = await Promise.all([load(nodeDir, schema), load(graphDir, schema)]);
      const guard = (m: Module) => m[`is${schema}`] as (v: unknown) => boolean;
      const validate = (m: Module) => m[`validate${schema}`] as (v: unknown) => { ok: boolean };
      const inputs = [...valid.map((v) => v.value), ...invalid.map((i) => i.example.value)];
      for (const input of inputs) {
        for (const variant of [input, ...variations(input, { variedItems: 2 })]) {
          const answers = {
            bundled: { is: guard(bundled)(variant), validate: validate(bundled)(variant) },
            graph: { is: guard(graph)(variant), validate: validate(graph)(variant) },
          };
          if (!isDeepStrictEqual(answers.bundled, answers.graph))
            differences.push({ schema, variant, ...answers });
          compared++;
        }
      }
    }
    expect(differences.slice(0, 2), `${differences.length} values answered differently`).toEqual(
      [],
    );
    expect(compared).toBeGreaterThan(1000);
  });

  it("opens enums with { enums: 'open' } exactly as the module graph does", async () => {
    // A value the spec does not list at every enum position of every schema: read models
    // accept and report it, what is only sent refuses it, in both builds alike.
    const open = { enums: "open" } as const;
    const outcomes = new Set<string>();
    for (const { schema, at, value } of unlistedCases) {
      const name = `validate${schema}`;
      const [bundled, graph] = await Promise.all([load(nodeDir, schema), load(graphDir, schema)]);
      const check = (m: Module) =>
        (m[name] as (v: unknown, o: typeof open) => { ok: boolean })(value, open);
      const result = check(bundled);
      expect(result, `${schema} ${at}`).toEqual(check(graph));
      outcomes.add(`${readModels.has(schema)} ${result.ok}`);
    }
    // Both sides are covered: open read models that accept, closed schemas that refuse.
    expect(outcomes).toContain("true true");
    expect(outcomes).toContain("false false");
    expect(unlistedCases.length).toBeGreaterThan(100);
  });

  it("loads only the run-time module besides a leaf schema's own", () => {
    expect(relativeTo(staticGraph(join(nodeDir, "chat.js")))).toEqual([
      "chat.js",
      "internal/runtime.js",
    ]);
  });

  it("loads no other schema's subpath module, and a few shared ones, for OrgUser", () => {
    const loaded = relativeTo(staticGraph(join(nodeDir, "org-user.js")));
    expect(loaded.filter((file) => !file.startsWith("internal/"))).toEqual(["org-user.js"]);
    // Neither the collecting code nor ajv-formats: both are required when first needed.
    expect(loaded.every((file) => file.endsWith(".js"))).toBe(true);
    expect(loaded.length).toBeLessThanOrEqual(5);
  });

  it("requires the collecting code on the first invalid value, and ajv-formats on first use", async () => {
    const script = `
      import { createRequire } from "node:module";
      import { readFileSync } from "node:fs";
      const { validateOrgUser } = await import("@users-api/validators/org-user");
      const loaded = () => Object.keys(createRequire(import.meta.url).cache)
        .filter((file) => file.includes("dist/node/"))
        .map((file) => file.slice(file.indexOf("dist/node/") + "dist/node/".length))
        .sort();
      const user = JSON.parse(readFileSync(${JSON.stringify(fullUserFile)}, "utf8"));
      const valid = validateOrgUser(user).ok;
      const afterValid = loaded();
      user.state = "archived";
      user.images = [{ imageUri: "http://[::1" }];
      const invalid = validateOrgUser(user);
      console.log(JSON.stringify({ valid, afterValid, invalid, afterInvalid: loaded() }));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
    });
    const result = JSON.parse(stdout) as {
      valid: boolean;
      afterValid: string[];
      invalid: { ok: boolean; issues: { path: string; keyword: string }[] };
      afterInvalid: string[];
    };
    expect(result.valid).toBe(true);
    expect(result.afterValid).toEqual([]);
    expect(result.invalid.ok).toBe(false);
    expect(result.invalid.issues.map(({ path, keyword }) => [path, keyword])).toEqual([
      ["/images/0/imageUri", "format"],
      ["/state", "enum"],
    ]);
    expect(result.afterInvalid).toContain("internal/org-user.collect.cjs");
    expect(result.afterInvalid).toContain("internal/ajv-formats.cjs");
  });

  it("does not copy a large shared closure into the modules that reach it", () => {
    const sizes = readdirSync(nodeDir)
      .filter((file) => file.endsWith(".js") && file !== "index.js")
      .map((file) => readFileSync(join(nodeDir, file), "utf8").length);
    const shared = readdirSync(join(nodeDir, "internal")).filter((f) => f.endsWith(".shared.js"));
    expect(shared.length).toBeGreaterThan(0);
    const user = readFileSync(join(nodeDir, "user.js"), "utf8");
    expect(user).toMatch(/from"\.\/internal\/[\w-]+\.shared\.js"/);
    // UserMe reaches User's closure and more: its own module stays a fraction of that closure.
    const userMe = readFileSync(join(nodeDir, "user-me.js"), "utf8").length;
    const closure = relativeTo(staticGraph(join(nodeDir, "user-me.js")))
      .map((file) => readFileSync(join(nodeDir, file), "utf8").length)
      .reduce((a, b) => a + b);
    expect(userMe).toBeLessThan(closure / 3);
    expect(sizes.length).toBe(schemaNames.length + 1);
  });

  it("runs only the fail-fast guard on valid input, and the guard first on invalid input", async () => {
    // Counts the reads of the value's properties: a validator that runs reads them.
    const counted = (value: Record<string, unknown>) => {
      const reads = { count: 0 };
      const proxy = new Proxy(value, {
        get(target, key, receiver) {
          reads.count++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      return { proxy, reads };
    };
    const readsOf = (check: (v: unknown) => unknown, value: Record<string, unknown>) => {
      const { proxy, reads } = counted(value);
      check(proxy);
      return reads.count;
    };
    const [bundled, graph] = await Promise.all([
      load(nodeDir, "Contact"),
      load(graphDir, "Contact"),
    ]);
    const validate = (m: Module) => m.validateContact as (v: unknown) => { ok: boolean };
    const guard = (m: Module) => m.isContact as (v: unknown) => boolean;
    const valid = { address: "+1 555 0100", mediaType: "PHONE", type: "WORK" };
    expect(validate(bundled)(valid).ok).toBe(true);
    expect(readsOf(validate(bundled), valid)).toBe(readsOf(guard(bundled), valid));
    // Invalid: the guard stops at the first error, then the collecting validator reads it all.
    const invalid = { address: 5, mediaType: "FAX", type: "WORK" };
    expect(validate(bundled)(invalid)).toEqual(validate(graph)(invalid));
    expect(readsOf(validate(bundled), invalid)).toBe(
      readsOf(guard(bundled), invalid) + readsOf(validate(graph), invalid),
    );
  });

  it("leaves the error objects, and the paths they are built from, out of the guards", () => {
    const source = [
      'function validate3(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){',
      'if(typeof data.a !== "string"){validate3.errors = [{instancePath:instancePath+"/a",keyword:"pattern",params:{pattern: "^[}{\\"\\]]{2}$"}}];',
      "return false;}",
      'if(!(validate7(data.b[i0], {instancePath:instancePath+"/b/" + i0,parentData:data.b,parentDataProperty:i0,rootData,dynamicAnchors}))){',
      "if(vErrors === null){vErrors = validate7.errors;}errors = vErrors.length;}",
      'validate3.errors = [{instancePath,keyword:"required",params:{missingProperty: missing0}}];return false;',
      "validate3.errors = vErrors;",
      "}",
    ].join("\n");
    expect(leanGuard(source)).toBe(
      [
        "function validate3(data){",
        'if(typeof data.a !== "string"){validate3.errors = [0];',
        "return false;}",
        "if(!(validate7(data.b[i0]))){",
        "if(vErrors === null){vErrors = validate7.errors;}errors = vErrors.length;}",
        "validate3.errors = [0];return false;",
        "validate3.errors = vErrors;",
        "}",
      ].join("\n"),
    );
    // A guard that would still need the paths is not stripped of them: the build fails.
    expect(() => leanGuard(`${source}\nrootData.x;`)).toThrow(/error context/);
    // No error object in the build names a schemaPath (no issue uses it).
    for (const file of readdirSync(join(nodeDir, "internal")).filter((f) => /\.c?js$/.test(f)))
      expect(readFileSync(join(nodeDir, "internal", file), "utf8")).not.toMatch(/schemaPath/);
  });

  it("makes the guards return at a referenced definition's first failure", () => {
    const source = [
      "function validate3(data){",
      "let vErrors = null;",
      "let errors = 0;",
      "if(data.a !== undefined){",
      "const _errs1 = errors;",
      "if(!(validate7(data.a))){",
      "if(vErrors === null){vErrors = validate7.errors;} else {for(const e of validate7.errors){vErrors.push(e);}}",
      "errors = vErrors.length;",
      "}",
      "var valid0 = _errs1 === errors;",
      "}",
      "else {",
      "var valid0 = true;",
      "}",
      "if(valid0){",
      "if(data.b !== undefined){",
      "var valid0 = false;",
      "validate3.errors = [0];",
      "return false;",
      "}",
      "}",
      "validate3.errors = vErrors;",
      "return errors === 0;",
      "}",
    ].join("\n");
    expect(failFastReferences(source).split("\n")).toEqual([
      "function validate3(data){",
      "let vErrors = null;",
      "",
      "if(data.a !== undefined){",
      "",
      "if(!(validate7(data.a))){",
      "return false;",
      "}",
      "",
      "}",
      "else {",
      "",
      "}",
      "if(true){",
      "if(data.b !== undefined){",
      "",
      "validate3.errors = [0];",
      "return false;",
      "}",
      "}",
      "validate3.errors = vErrors;",
      "return true;",
      "}",
    ]);
    // A use of the count or of a flag that the rewrite does not know fails the build.
    expect(() =>
      failFastReferences(source.replace("return errors === 0;", "errors = _errs1;")),
    ).toThrow(/error count/);
    expect(() =>
      failFastReferences(
        source.replace("var valid0 = false;\nvalidate3.errors", "var valid0 = false;\nx"),
      ),
    ).toThrow(/may be false/);
  });

  it("has ajv-formats' formats, as CommonJS, with the same answers", async () => {
    type Formats = Record<string, { test?(s: string): boolean } | ((s: string) => boolean)>;
    const { fullFormats: lazy } = createRequire(import.meta.url)(
      join(nodeDir, "internal/ajv-formats.cjs"),
    ) as { fullFormats: Formats };
    const { fullFormats: vendored } = (await import(
      pathToFileURL(join(graphDir, "ajv/ajv-formats.js")).href
    )) as { fullFormats: Formats };
    expect(Object.keys(lazy)).toEqual(Object.keys(vendored));
    const answer = (format: Formats[string], value: string) =>
      typeof format === "function" ? format(value) : format.test!(value);
    const values = [
      "https://a.example/b?c#d",
      "urn:isbn:0451450523",
      "/a/b",
      "a b",
      "http://[::1]/x",
      "",
    ];
    for (const key of ["uri", "uri-reference"])
      for (const value of values)
        expect(answer(lazy[key]!, value), `${key} ${value}`).toBe(answer(vendored[key]!, value));
  });

  it("is what Node resolves the package to, with one instance of each export", async () => {
    const script = `
      const barrel = await import("@users-api/validators");
      const user = await import("@users-api/validators/user");
      const contact = await import("@users-api/validators/contact");
      let thrown;
      try { contact.assertContact({ mediaType: "FAX" }); } catch (error) { thrown = error; }
      console.log(JSON.stringify({
        barrel: import.meta.resolve("@users-api/validators"),
        subpath: import.meta.resolve("@users-api/validators/org-user"),
        same: user.isUser === barrel.isUser && contact.validateContact === barrel.validateContact,
        oneValidationError: thrown instanceof barrel.ValidationError,
      }));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
    });
    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toEqual({
      barrel: pathToFileURL(join(nodeDir, "index.js")).href,
      subpath: pathToFileURL(join(nodeDir, "org-user.js")).href,
      same: true,
      oneValidationError: true,
    });
  });
});
