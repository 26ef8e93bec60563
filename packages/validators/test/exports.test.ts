// The public set is exactly four exports per component schema: the writable variants that request
// bodies use inside (see scripts/lib/validation-schemas.mjs) are compiled but never exported.
import { describe, expect, it } from "vitest";
import * as guards from "../src/generated/ajv/guards.js";
import * as compiled from "../src/generated/ajv/validators.js";
import * as validators from "../src/index.js";
import { schemaNames } from "./public-api.js";

describe("the package's exports", () => {
  it("are validateX, isX, assertX and xSchema for each component schema, and ValidationError", () => {
    const expected = schemaNames.flatMap((name) => [
      `validate${name}`,
      `is${name}`,
      `assert${name}`,
      `${name.charAt(0).toLowerCase()}${name.slice(1)}Schema`,
    ]);
    expect(Object.keys(validators).sort()).toEqual([...expected, "ValidationError"].sort());
  });

  it("of the generated Ajv module are one compiled validator per component schema", () => {
    expect(Object.keys(compiled).sort()).toEqual(schemaNames.map((n) => `compiled${n}`).sort());
  });

  it("of the fail-fast module (for isX) are one guard per component schema", () => {
    expect(Object.keys(guards).sort()).toEqual(schemaNames.map((n) => `guard${n}`).sort());
  });
});
