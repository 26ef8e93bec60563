import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedDir, sharedSeedsDir, sourcesDir } from "./support/shared-dir.js";

// The copies in spec/sources/ must equal the shared originals wherever those are present
// (always in CI, which clones beside the shared folder), so the spec is never tested against
// stale seeds.
const seeds = sharedSeedsDir();
const shared = sharedDir();

describe("spec/sources", () => {
  test("holds both seed tables and the facts file", () => {
    expect(readdirSync(join(sourcesDir, "seeds")).sort()).toEqual(["OrgUser.md", "UpdateUser.md"]);
    expect(existsSync(join(sourcesDir, "reference/users-api-facts.md"))).toBe(true);
  });

  test("seed tables equal the shared originals (required in CI)", () => {
    if (seeds === undefined || !existsSync(seeds)) {
      expect(process.env["CI"], "CI must have the shared folder beside the clone").toBeFalsy();
      return;
    }
    for (const file of readdirSync(join(sourcesDir, "seeds"))) {
      expect(readFileSync(join(sourcesDir, "seeds", file), "utf8"), file).toBe(
        readFileSync(join(seeds, file), "utf8"),
      );
    }
  });

  test("the facts file equals the shared original (required in CI)", () => {
    if (shared === undefined) {
      expect(process.env["CI"], "CI must have the shared folder beside the clone").toBeFalsy();
      return;
    }
    const file = "reference/users-api-facts.md";
    expect(readFileSync(join(sourcesDir, file), "utf8")).toBe(
      readFileSync(join(shared, file), "utf8"),
    );
  });
});
