// classifyReport and describeLocation on their own. classifySpecs on the fixture spec pairs is
// in changeset-spec.test.mjs, beside changeset:spec on the same pairs: in one process, each pair
// is diffed once.
import { describe, expect, it } from "vitest";
import { classifyReport, describeLocation } from "../classify.mjs";

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
