import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeSpec, REAL_SPEC } from "../scale/make-spec.mjs";

const real = JSON.parse(readFileSync(REAL_SPEC, "utf8"));

function refs(node, found = []) {
  if (Array.isArray(node)) node.forEach((item) => refs(item, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref") found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

function resolves(document, ref) {
  return ref
    .slice(2)
    .split("/")
    .reduce((node, key) => node?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], document);
}

describe("makeSpec", () => {
  it("leaves the real spec unchanged at N=1", () => {
    expect(makeSpec(real, 1)).toEqual(real);
  });

  it("makes N copies of every path and component, each copy referring only to itself", () => {
    const scaled = makeSpec(real, 3);
    expect(Object.keys(scaled.paths)).toHaveLength(3 * Object.keys(real.paths).length);
    for (const section of ["schemas", "parameters", "responses", "headers"]) {
      expect(Object.keys(scaled.components[section])).toHaveLength(
        3 * Object.keys(real.components[section]).length,
      );
    }
    expect(scaled.components.schemas.OrgUserX3).toBeDefined();
    const copy3 = scaled.paths["/api/v2/x3/users/{userId}"];
    expect(refs(copy3).length).toBeGreaterThan(0);
    expect(refs(copy3).every((ref) => /X3$/.test(ref))).toBe(true);
    const unresolved = refs(scaled).filter((ref) => resolves(scaled, ref) === undefined);
    expect(unresolved).toEqual([]);
  });

  it("keeps operationIds unique", () => {
    const ids = Object.values(makeSpec(real, 4).paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("getUserX4");
  });

  it("rejects a size that is not a positive integer", () => {
    expect(() => makeSpec(real, 0)).toThrow(/positive integer/);
  });
});
