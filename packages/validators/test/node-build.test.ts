// The build Node loads (dist/node/, the `default` condition; see scripts/lib/node-build.mjs):
// each schema's subpath is one module that holds the compiled code it needs, and imports only
// the shared run-time module, ajv-formats (when it checks URIs) and the shared module of a large
// closure it reaches. It must behave exactly as the module graph that bundlers get
// (dist/generated/, the `module` condition). Runs against dist/: build first.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { allExamples } from "./examples.js";
import { schemaNames } from "./public-api.js";
import { readModels, unlistedCases } from "./support/unlisted-enums.js";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const nodeDir = join(packageDir, "dist/node");
const graphDir = join(packageDir, "dist/generated");
const { fileNameFor } = (await import(
  pathToFileURL(join(packageDir, "scripts/lib/emit-modules.mjs")).href
)) as { fileNameFor(name: string): string };

type Module = Record<string, unknown>;
const load = (dir: string, name: string): Promise<Module> =>
  import(pathToFileURL(join(dir, `${fileNameFor(name)}.js`)).href) as Promise<Module>;

/** Every module `file` loads, itself included, following static imports and re-exports. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const [, target] of source.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+)["']/g)) {
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
    expect(loaded[0]).toBe("internal/ajv-formats.js");
    expect(loaded.filter((file) => !file.startsWith("internal/"))).toEqual(["org-user.js"]);
    expect(loaded.length).toBeLessThanOrEqual(6);
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
