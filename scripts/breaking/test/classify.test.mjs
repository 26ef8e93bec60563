import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyReport, classifySpecs, describeLocation } from "../classify.mjs";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
// The repository's own config: its `diff:` section sets the impacts the gate relies on.
const config = fileURLToPath(new URL("../../../redocly.yaml", import.meta.url));

/** @param {string} name */
const classifyFixture = (name) =>
  classifySpecs(`${fixtures}${name}/base.yaml`, `${fixtures}${name}/head.yaml`, { config });

describe("classifySpecs on fixture spec pairs", () => {
  // [fixture, bump the change needs, a fragment of the reported change, its rule or undefined]
  const cases = /** @type {const} */ ([
    ["identical", "none", undefined, undefined],
    ["description-only", "patch", "`description` was modified.", undefined],
    ["example-only", "patch", "`examples` was modified.", undefined],
    ["new-optional-field", "minor", "`department` was added.", undefined],
    ["new-operation", "minor", "`/users/{userId}/manager` was added.", undefined],
    ["new-optional-parameter", "minor", "Optional `state` query parameter was added.", undefined],
    ["response-enum-value-added", "minor", "gained values: 'deleted'", "enum-values-added"],
    ["removed-field", "major", "Property `email` of `User` was removed.", "property-removed"],
    [
      "removed-operation",
      "major",
      "Operation `PATCH /users/{userId}` was removed.",
      "operation-removed",
    ],
    [
      "type-changed",
      "major",
      "Type of `version` widened from 'integer' to 'string'.",
      "schema-type-changed",
    ],
    [
      "newly-required-request-field",
      "major",
      "`UpdateUser` became required: `name`.",
      "required-properties-added",
    ],
    [
      "new-required-parameter",
      "major",
      "Required `divisionId` query parameter was added.",
      "parameter-became-required",
    ],
    ["request-enum-value-removed", "major", "lost values: 'inactive'", "enum-values-removed"],
    [
      "request-schema-closed",
      "major",
      "`additionalProperties` of `UpdateUser` was set to 'false'.",
      "schema-constraint-changed",
    ],
  ]);

  it.concurrent.each(cases)("%s needs %s", async (name, bump, what, rule) => {
    const result = await classifyFixture(name);
    expect(result.bump).toBe(bump);
    if (what === undefined) {
      expect(result.changes).toEqual([]);
      return;
    }
    const change = result.changes.find((c) => c.what.includes(what));
    expect(change, JSON.stringify(result.changes, null, 2)).toBeDefined();
    expect(change?.impact).toBe(bump);
    expect(change?.rules).toEqual(rule === undefined ? [] : expect.arrayContaining([rule]));
  });

  it("names the operation and the schema of a removed field", async () => {
    const { changes } = await classifyFixture("removed-field");
    expect(changes).toEqual([
      {
        impact: "major",
        where:
          "GET /users responses/200/content/application/json/schema/properties/entities/items/properties/email",
        source: "#/components/schemas/User/properties/email",
        what: "Property `email` of `User` was removed.",
        rules: ["property-removed"],
        kind: "removed",
        api: ["Removed field `User.email`"],
      },
    ]);
  });

  it("fails loudly when the config turns no diff rules on", async () => {
    const noRules = `${fixtures}no-diff-rules.redocly.yaml`;
    await expect(
      classifySpecs(`${fixtures}removed-field/base.yaml`, `${fixtures}removed-field/head.yaml`, {
        config: noRules,
      }),
    ).rejects.toThrow(/no diff rules/);
  });
});

describe("classifyReport", () => {
  /** @param {import("../classify.mjs").DiffChange[]} changes */
  const report = (changes) => ({ reportVersion: "1", changes });

  it("is none for no changes", () => {
    expect(classifyReport(report([]))).toEqual({ bump: "none", changes: [] });
  });

  it("takes the highest impact", () => {
    const result = classifyReport(
      report([
        {
          path: "#/info",
          typeName: "Info",
          kind: "modified",
          impact: "patch",
          property: "title",
          verdicts: [],
        },
        { path: "#/paths/~1a", typeName: "PathItem", kind: "added", impact: "minor", verdicts: [] },
      ]),
    );
    expect(result.bump).toBe("minor");
    expect(result.changes.map((c) => c.what)).toEqual(["`title` was modified.", "`/a` was added."]);
  });

  it("leaves info.version edits out", () => {
    const result = classifyReport(
      report([
        {
          path: "#/info",
          typeName: "Info",
          kind: "modified",
          impact: "patch",
          property: "version",
          verdicts: [],
          base: { value: "1.0.0" },
          revision: { value: "2.0.0" },
        },
      ]),
    );
    expect(result).toEqual({ bump: "none", changes: [] });
  });

  it("rates a new enum value that redocly rates patch (a request enum) as minor", () => {
    const result = classifyReport(
      report([
        {
          path: "#/paths/~1users/post/requestBody/content/application~1json/schema/properties/state",
          typeName: "Schema",
          kind: "modified",
          impact: "patch",
          property: "enum",
          verdicts: [],
          base: { value: ["a", "b"] },
          revision: { value: ["a", "b", "c"] },
        },
      ]),
    );
    expect(result.bump).toBe("minor");
    expect(result.changes[0]?.what).toBe('Enum gained values: "c".');
  });

  it("keeps an enum that only lost values in a response as patch", () => {
    const result = classifyReport(
      report([
        {
          path: "#/paths/~1users/get/responses/200/content/application~1json/schema/properties/state",
          typeName: "Schema",
          kind: "modified",
          impact: "patch",
          property: "enum",
          verdicts: [],
          base: { value: ["a", "b"] },
          revision: { value: ["a"] },
        },
      ]),
    );
    expect(result.bump).toBe("patch");
  });

  it("refuses a report version it does not know", () => {
    expect(() => classifyReport({ reportVersion: "2", changes: [] })).toThrow(/version 2/);
  });
});

describe("describeLocation", () => {
  it("names the operation, then the rest of the pointer", () => {
    expect(
      describeLocation("#/paths/~1users~1{id}/patch/requestBody/content/application~1json"),
    ).toBe("PATCH /users/{id} requestBody/content/application/json");
  });

  it("names a bare operation or path", () => {
    expect(describeLocation("#/paths/~1users/get")).toBe("GET /users");
    expect(describeLocation("#/paths/~1users")).toBe("/users");
    expect(describeLocation("#/paths/~1users/parameters/0")).toBe("/users parameters 0");
  });

  it("keeps other pointers as they are", () => {
    expect(describeLocation("#/components/schemas/User")).toBe("components/schemas/User");
    expect(describeLocation("#/")).toBe("#");
  });
});
