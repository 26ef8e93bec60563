// One compiled module per definition (src/generated/ajv/validators/ and ajv/guards/), importing
// the modules of the definitions it references: the module graph is the schema graph (less the
// small definitions Ajv inlines where they are used). Each schema is also a subpath export,
// `@users-api/validators/<file>`, next to the barrel.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import * as validators from "../src/index.js";
import spec from "../../spec/src/generated/openapi.json" with { type: "json" };

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const ajvDir = join(packageDir, "src/generated/ajv");
const run = promisify(execFile);
const scriptModule = (file: string): Promise<unknown> =>
  import(pathToFileURL(join(packageDir, "scripts/lib", file)).href);
const { validationDefs } = (await scriptModule("validation-schemas.mjs")) as {
  validationDefs(document: unknown): Record<string, unknown>;
};
const { compiledFileFor, fileNameFor } = (await scriptModule("emit-modules.mjs")) as {
  compiledFileFor(name: string): string;
  fileNameFor(name: string): string;
};

const defs = validationDefs(spec);
const schemaNames = Object.keys(spec.components.schemas);

/** The definitions `schema` references with `$ref: "#/$defs/X"`. */
function referenced(schema: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) referenced(item, found);
  else if (typeof schema === "object" && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) {
        found.add(value.slice("#/$defs/".length));
      } else referenced(value, found);
    }
  }
  return found;
}

/** The modules a compiled module imports, as definition names. */
function importedDefinitions(folder: string, name: string): Set<string> {
  const byFile = new Map(Object.keys(defs).map((def) => [compiledFileFor(def), def]));
  const source = readFileSync(join(ajvDir, folder, `${compiledFileFor(name)}.js`), "utf8");
  return new Set(
    [...source.matchAll(/^import \{[^}]*\} from "\.\/([^"]+)\.js";$/gm)].map(
      ([, file]) => byFile.get(file!) ?? `unknown module ${file}`,
    ),
  );
}

describe("compiled modules", () => {
  it("are one per definition in each folder, writable variants included", () => {
    for (const folder of ["validators", "guards"]) {
      const files = readdirSync(join(ajvDir, folder)).filter((file) => file.endsWith(".js"));
      expect(files.sort()).toEqual(
        Object.keys(defs)
          .map((d) => `${compiledFileFor(d)}.js`)
          .sort(),
      );
    }
  });

  it.each(["validators", "guards"])(
    "in ajv/%s/ import only what their schema references",
    (folder) => {
      let imports = 0;
      for (const name of Object.keys(defs)) {
        const imported = importedDefinitions(folder, name);
        const refs = referenced(defs[name]);
        refs.delete(name);
        for (const def of imported) expect(refs, `${name} imports ${def}`).toContain(def);
        imports += imported.size;
      }
      // Not everything is inlined: the graph has edges (User -> Contact, Group -> User, ...).
      expect(imports).toBeGreaterThan(50);
      expect(importedDefinitions(folder, "User")).toContain("Contact");
      expect(importedDefinitions(folder, "Group")).toContain("User");
    },
  );

  it("load with their cycles (User -> Group -> User) and validate through them", () => {
    const user = { version: 1, groups: [{ owners: [{ version: "2" }] }] };
    const result = validators.validateUser(user);
    expect(!result.ok && result.issues).toContainEqual(
      expect.objectContaining({ path: "/groups/0/owners/0/version", keyword: "type" }),
    );
    expect(validators.isUser(user)).toBe(false);
    expect(
      validators.isUser({ version: 1, manager: { version: 2, manager: { version: 3 } } }),
    ).toBe(true);
  });
});

describe("subpath exports", () => {
  it("exist for every schema in dist/ (build first)", () => {
    for (const name of schemaNames) {
      for (const ext of [".js", ".d.ts"]) {
        expect(existsSync(join(packageDir, "dist/generated", `${fileNameFor(name)}${ext}`))).toBe(
          true,
        );
      }
    }
  });

  it("resolve by the package's name, and internals stay private", async () => {
    const script = `
      const contact = await import("@users-api/validators/contact");
      const user = await import("@users-api/validators/user");
      const barrel = await import("@users-api/validators");
      const blocked = [];
      for (const path of ["ajv/validators", "ajv/guards/user", "depth-walkers", "index", "internal/runtime"]) {
        try { await import("@users-api/validators/" + path); } catch (e) { blocked.push(e.code); }
      }
      console.log(JSON.stringify({
        keys: Object.keys(contact).sort(),
        same: user.validateUser === barrel.validateUser,
        ok: user.validateUser({ version: 1 }).ok,
        blocked,
      }));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], {
      cwd: packageDir,
    });
    expect(JSON.parse(stdout)).toEqual({
      keys: ["assertContact", "contactSchema", "isContact", "validateContact"],
      same: true,
      ok: true,
      blocked: Array(5).fill("ERR_PACKAGE_PATH_NOT_EXPORTED"),
    });
  });
});
