// @users-api/validators/lazy: loadValidator(name) imports one schema's module when asked.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { OrgUser } from "@users-api/types";
import type { ValidationResult } from "../src/index.js";
import { loadValidator, type SchemaName } from "../src/generated/lazy.js";
import { validateOrgUser } from "../src/generated/org-user.js";
import { example } from "./examples.js";
import { schemaNames } from "./public-api.js";

const lazySource = readFileSync(
  fileURLToPath(new URL("../src/generated/lazy.ts", import.meta.url)),
  "utf8",
);

describe("loadValidator", () => {
  it("loads OrgUser's validateOrgUser, which accepts a valid OrgUser", async () => {
    const validate = await loadValidator("OrgUser");
    expect(validate).toBe(validateOrgUser);
    expect(validate(example("OrgUser", "valid", "full.json"))).toMatchObject({ ok: true });
    expect(validate({ version: "1" }).ok).toBe(false);
    expectTypeOf(validate).returns.toEqualTypeOf<ValidationResult<OrgUser>>();
  });

  it("gives undefined for a name the spec does not have", async () => {
    for (const name of ["NoSuchSchema", "orgUser", "org-user", "toString", "__proto__", ""])
      expect(await loadValidator(name), name).toBeUndefined();
  });

  it("loads every schema of the spec, each by its spec name", async () => {
    for (const name of schemaNames) {
      const validate = await loadValidator(name);
      expect(typeof validate, name).toBe("function");
    }
    expect(schemaNames.length).toBeGreaterThan(50);
  });

  it("imports no schema module until asked: one import() per schema, no static imports", () => {
    const staticImports = lazySource
      .split("\n")
      .filter(
        (line) =>
          (/^\s*import\s/.test(line) && !/^\s*import\s+type\s/.test(line)) ||
          /^\s*export\s*(?:\*|\{)[^;]*\sfrom\s/.test(line),
      );
    expect(staticImports).toEqual([]);
    const dynamic = [...lazySource.matchAll(/\bimport\("\.\/([\w-]+)\.js"\)/g)].map(([, f]) => f);
    expect(dynamic.length).toBe(schemaNames.length);
    expect(new Set(dynamic).size).toBe(schemaNames.length);
  });

  it("is built for Node as a module with no static import (dist/node/lazy.js, build first)", () => {
    const built = readFileSync(
      fileURLToPath(new URL("../dist/node/lazy.js", import.meta.url)),
      "utf8",
    );
    expect(built).not.toMatch(/\bfrom\s*["']|\bimport\s*["'{*]/);
    expect([...built.matchAll(/\bimport\(["']\.\/[\w-]+\.js["']\)/g)].length).toBe(
      schemaNames.length,
    );
  });

  it("types the names: SchemaName is the spec's schema names", () => {
    expectTypeOf<"OrgUser">().toMatchTypeOf<SchemaName>();
    expectTypeOf<"NoSuchSchema">().not.toMatchTypeOf<SchemaName>();
  });
});
