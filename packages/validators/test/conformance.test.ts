// The generator rewrites the spec's schemas before compiling them (references moved to $defs,
// annotations dropped, read-only properties refused at any depth of a request body). This checks that the
// generated validators still accept and reject what Ajv, compiling the untouched spec at run
// time, does: on the examples and on thousands of variations of them.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import spec from "../../spec/src/generated/openapi.json" with { type: "json" };
import { allExamples } from "./examples.js";
import { exportsFor } from "./public-api.js";
import { variations } from "./support/variations.js";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default as new (options: object) => {
  addSchema(schema: object): void;
  getSchema(ref: string): ((value: unknown) => boolean) | undefined;
};
const addFormats = require("ajv-formats").default as (ajv: object) => void;

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema({ ...spec, $id: "https://conformance.example/openapi.json" });

function runtimeValidator(name: string): (value: unknown) => boolean {
  const validate = ajv.getSchema(
    `https://conformance.example/openapi.json#/components/schemas/${name}`,
  );
  if (!validate) throw new Error(name);
  return validate;
}

describe("generated validators agree with Ajv compiling the spec at run time", () => {
  for (const { schema, valid, invalid } of allExamples()) {
    it(`${schema}: examples and their variations`, () => {
      const ours = exportsFor(schema).is;
      const theirs = runtimeValidator(schema);
      const inputs = [...valid.map((v) => v.value), ...invalid.map((i) => i.example.value)];
      const disagreements: unknown[] = [];
      let checked = 0;
      for (const input of inputs) {
        for (const variant of [input, ...variations(input)]) {
          checked++;
          if (ours(variant) !== theirs(variant)) disagreements.push(variant);
        }
      }
      expect(checked).toBeGreaterThan(100);
      expect(disagreements.slice(0, 3)).toEqual([]);
    });
  }

  it("differs only where it must: a request body's read-only properties are refused", () => {
    const group = { name: "g", type: "official", rulesVisible: true, visibility: "public" };
    const bodies = [
      { version: 1, id: "u-1" },
      { version: 1, addresses: [{ display: "Ada" }] },
      { version: 1, groups: [{ ...group, id: "g-1" }] },
      {
        version: 1,
        groups: [{ ...group, owners: [{ version: 1, manager: { version: 1, id: "u" } }] }],
      },
    ];
    for (const body of bodies) {
      expect(runtimeValidator("UpdateUser")(body)).toBe(true);
      expect(exportsFor("UpdateUser").is(body)).toBe(false);
    }
  });
});
