import { describe, expect, it } from "vitest";
import { plannedBump } from "../release-plan.mjs";

/**
 * @param {string} name
 * @param {"none" | "patch" | "minor" | "major"} type
 */
const release = (name, type) => ({ name, type, newVersion: "x" });

describe("plannedBump", () => {
  it("takes the highest bump among the scope's packages", () => {
    const plan = {
      releases: [release("@users-api/spec", "minor"), release("@users-api/types", "major")],
      changesets: [{ id: "big-change", releases: [{ name: "@users-api/types", type: "major" }] }],
    };
    expect(plannedBump(plan, "@users-api/")).toEqual({
      bump: "major",
      releases: plan.releases,
      changesets: ["big-change"],
    });
  });

  it("ignores packages outside the scope", () => {
    const plan = {
      releases: [
        release("users-api-example-consumer", "major"),
        release("@users-api/spec", "patch"),
      ],
      changesets: [
        { id: "example", releases: [{ name: "users-api-example-consumer", type: "major" }] },
        { id: "docs", releases: [{ name: "@users-api/spec", type: "patch" }] },
      ],
    };
    const planned = plannedBump(plan, "@users-api/");
    expect(planned.bump).toBe("patch");
    expect(planned.changesets).toEqual(["docs"]);
  });

  it("is none without changesets", () => {
    expect(plannedBump({ releases: [], changesets: [] }, "@users-api/")).toEqual({
      bump: "none",
      releases: [],
      changesets: [],
    });
  });
});
