import { describe, expect, it } from "vitest";
import { BUMPS, bumpRank, decide, maxBump } from "../bumps.mjs";

describe("decide", () => {
  const cases = /** @type {const} */ ([
    ["none", "none", true],
    ["patch", "none", false],
    ["patch", "patch", true],
    ["minor", "patch", false],
    ["minor", "minor", true],
    ["minor", "major", true],
    ["major", "none", false],
    ["major", "patch", false],
    ["major", "minor", false],
    ["major", "major", true],
    ["none", "major", true],
  ]);
  it.each(cases)("needs %s, plans %s -> ok %s", (required, planned, ok) => {
    expect(decide(required, planned)).toEqual({ ok, required, planned });
  });

  it("rejects an unknown bump name", () => {
    expect(() => decide(/** @type {never} */ ("breaking"), "major")).toThrow(/unknown bump/);
  });
});

describe("maxBump", () => {
  it("is none for no bumps", () => {
    expect(maxBump([])).toBe("none");
  });

  it("picks the highest", () => {
    expect(maxBump(["patch", "major", "minor"])).toBe("major");
    expect(maxBump(["patch", "none"])).toBe("patch");
  });

  it("orders bumps as semver does", () => {
    expect(BUMPS.map(bumpRank)).toEqual([0, 1, 2, 3]);
  });
});
