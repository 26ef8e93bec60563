import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readFacts, readSeed, sourcesDir } from "./support/sources.js";

// spec/sources/ is the repository's own copy of its inputs; the seed and facts tests read only it.
describe("spec/sources", () => {
  test("holds both seed tables and the facts file", () => {
    expect(readdirSync(join(sourcesDir, "seeds")).sort()).toEqual(["OrgUser.md", "UpdateUser.md"]);
    expect(existsSync(join(sourcesDir, "reference/users-api-facts.md"))).toBe(true);
  });

  test("each seed is a field table and the facts file names both models", () => {
    for (const model of ["OrgUser", "UpdateUser"]) {
      expect(readSeed(model), model).toMatch(/^\|.*\|$/m);
      expect(readFacts()).toContain(model);
    }
  });
});
