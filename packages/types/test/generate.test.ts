import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import * as runtime from "../src/index.js";

const packageDir = resolve(import.meta.dirname, "..");
const specFile = resolve(packageDir, "../spec/src/generated/openapi.json");
const spec = JSON.parse(readFileSync(specFile, "utf8")) as {
  components: { schemas: Record<string, { enum?: string[]; properties?: Record<string, object> }> };
};
const schemaNames = Object.keys(spec.components.schemas);

/**
 * `node scripts/generate.mjs --spec <spec> --out <temp>` for each spec, in one Node process (the
 * script runs once per spec, as a fresh module that reads its own argv; the process starts and
 * loads openapi-typescript and prettier once).
 */
function generate(...specPaths: string[]): { openapi: string; schemas: string }[] {
  const outs = specPaths.map(() => mkdtempSync(join(tmpdir(), "users-api-types-")));
  // In `node -e`, parseArgs reads process.argv after the executable: a misplaced argument is
  // an unexpected positional, and parseArgs (strict) throws.
  const runner = `
    const script = ${JSON.stringify(pathToFileURL(join(packageDir, "scripts/generate.mjs")).href)};
    const runs = ${JSON.stringify(specPaths.map((spec, i) => ["--spec", spec, "--out", outs[i]]))};
    for (const [i, args] of runs.entries()) {
      process.argv = [process.argv[0], ...args];
      await import(\`\${script}?run=\${i}\`);
    }`;
  try {
    execFileSync(process.execPath, ["--input-type=module", "-e", runner], { cwd: packageDir });
    return outs.map((out) => ({
      openapi: readFileSync(join(out, "openapi.ts"), "utf8"),
      schemas: readFileSync(join(out, "schemas.ts"), "utf8"),
    }));
  } finally {
    for (const out of outs) rmSync(out, { recursive: true, force: true });
  }
}

const lowerFirst = (name: string) => name[0]!.toLowerCase() + name.slice(1);

describe("named exports", () => {
  const committed = readFileSync(join(packageDir, "src/generated/schemas.ts"), "utf8");

  test.each(schemaNames)("%s has a named type export", (name) => {
    // Object models are interfaces (their names survive in hovers), the rest aliases.
    expect(committed).toMatch(
      new RegExp(`^export (type ${name} =|interface ${name} extends )`, "m"),
    );
  });

  test("request bodies are writable views, everything else readable", () => {
    expect(committed).toContain(
      'export interface UpdateUser extends Writable<components["schemas"]["UpdateUser"]> {}',
    );
    expect(committed).toContain(
      'export interface CreateUser extends Writable<components["schemas"]["CreateUser"]> {}',
    );
    expect(committed).toContain(
      'export interface OrgUser extends Readable<components["schemas"]["OrgUser"]> {}',
    );
    expect(committed).toContain(
      'export interface User extends Readable<components["schemas"]["User"]> {}',
    );
  });

  const enums = schemaNames.filter((name) => spec.components.schemas[name]!.enum);
  test("the spec has enums", () => expect(enums.length).toBeGreaterThan(10));

  test.each(enums)("%s has a runtime array equal to the spec's enum", (name) => {
    const values = (runtime as Record<string, unknown>)[`${lowerFirst(name)}Values`];
    expect(values).toEqual(spec.components.schemas[name]!.enum);
  });
});

describe("documentation", () => {
  test("property descriptions become JSDoc in the shipped declarations", () => {
    const declarations = readFileSync(join(packageDir, "dist/generated/openapi.d.ts"), "utf8");
    expect(declarations).toContain(
      "@description Required when updating a user, this value should be the current version of the user.",
    );
    expect(declarations).toContain("@description Auto populated from addresses.");
    const named = readFileSync(join(packageDir, "dist/generated/schemas.d.ts"), "utf8");
    expect(named).toMatch(/\/\*\*\n \* The lifecycle state of a user\.\n/);
  });

  test("enums a response can carry say that a newer API may send other values", () => {
    const named = readFileSync(join(packageDir, "dist/generated/schemas.d.ts"), "utf8");
    const docOf = (name: string) =>
      new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nexport type ${name} =`).exec(named)?.[1] ??
      "";
    expect(docOf("UserState")).toContain("a value the union does not list yet");
    expect(docOf("UserState")).toContain("const unlisted: never = value;");
    expect(docOf("ContactType")).toContain("does not list yet");
    // Query-only enums and search criteria are sent, never received.
    for (const name of [
      "SortOrder",
      "UserExpand",
      "SearchCriteriaType",
      "IntegrationPresenceSource",
    ]) {
      expect(docOf(name), name).not.toBe("");
      expect(docOf(name), name).not.toContain("does not list yet");
    }
  });
});

describe("regeneration", () => {
  // That the committed output equals what the generator writes is the drift check's job
  // (`pnpm check:drift`), the one "committed equals generated" test of the repository.
  test("a spec edit changes only what it touches", () => {
    const edited = structuredClone(spec);
    edited.components.schemas["User"]!.properties!["nickname"] = {
      type: "string",
      description: "What colleagues call the user.",
    };
    const editedDir = mkdtempSync(join(tmpdir(), "users-api-spec-"));
    const editedFile = join(editedDir, "openapi.json");
    writeFileSync(editedFile, JSON.stringify(edited));
    let before: ReturnType<typeof generate>[number];
    let after: ReturnType<typeof generate>[number];
    try {
      [before, after] = generate(specFile, editedFile) as [typeof before, typeof after];
    } finally {
      rmSync(editedDir, { recursive: true, force: true });
    }

    expect(after.schemas).toBe(before.schemas);
    // The new output is the old one with exactly the new property's two lines inserted.
    const oldLines = before.openapi.split("\n");
    const newLines = after.openapi.split("\n");
    const firstDifference = newLines.findIndex((line, i) => line !== oldLines[i]);
    const inserted = newLines.slice(firstDifference, firstDifference + 2);
    expect(inserted.map((line) => line.trim())).toEqual([
      "/** @description What colleagues call the user. */",
      "nickname?: string;",
    ]);
    expect([...newLines.slice(0, firstDifference), ...newLines.slice(firstDifference + 2)]).toEqual(
      oldLines,
    );
  });
});
