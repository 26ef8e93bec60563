// The package's exports looked up by schema name, for tests that go over every schema.
import * as validators from "../src/index.js";
import type { StandardSchemaV1, ValidationResult } from "../src/index.js";
import spec from "../../spec/src/generated/openapi.json" with { type: "json" };

export const schemaNames = Object.keys(spec.components.schemas);

export interface SchemaExports {
  validate: (value: unknown) => ValidationResult<unknown>;
  is: (value: unknown) => boolean;
  assert: (value: unknown) => void;
  schema: StandardSchemaV1<unknown>;
}

export function exportsFor(name: string): SchemaExports {
  const all = validators as unknown as Record<string, unknown>;
  const lower = name.charAt(0).toLowerCase() + name.slice(1);
  const found = {
    validate: all[`validate${name}`],
    is: all[`is${name}`],
    assert: all[`assert${name}`],
    schema: all[`${lower}Schema`],
  };
  for (const [kind, value] of Object.entries(found)) {
    if (value === undefined) throw new Error(`no ${kind} export for ${name}`);
  }
  return found as SchemaExports;
}
