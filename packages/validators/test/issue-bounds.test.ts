// isX stops at the first error (it runs the fail-fast validators of ajv/guards.js); validateX
// collects every error but lists at most `maxIssues` (default 100) and counts the rest.
import { describe, expect, it } from "vitest";
import { guardUser } from "../src/generated/ajv/guards.js";
import { compiledUser } from "../src/generated/ajv/validators.js";
import {
  assertUser,
  isUser,
  userSchema,
  validateUpdateUser,
  validateUser,
  ValidationError,
} from "../src/index.js";

/** A user with `count` addresses whose mediaType is wrong; `reads` counts reads of it. */
function userWithBadAddresses(count: number) {
  const counter = { reads: 0 };
  const addresses = Array.from({ length: count }, () =>
    Object.defineProperty({ address: "a" }, "mediaType", {
      enumerable: true,
      get() {
        counter.reads++;
        return "FAX";
      },
    }),
  );
  return { user: { version: 1, addresses }, counter };
}

describe("isX", () => {
  it("stops at the first error", () => {
    const { user, counter } = userWithBadAddresses(500);
    expect(isUser(user)).toBe(false);
    const guardReads = counter.reads;
    counter.reads = 0;
    expect(validateUser(user, { maxIssues: Infinity }).ok).toBe(false);
    // The guard reads the first bad address only; validateX reads them all.
    expect(guardReads).toBeGreaterThan(0);
    expect(guardReads).toBeLessThanOrEqual(3);
    expect(counter.reads).toBeGreaterThanOrEqual(500);
  });

  it("uses the fail-fast validator, which keeps one error, not the collecting one", () => {
    const { user } = userWithBadAddresses(50);
    expect(guardUser(user)).toBe(false);
    expect(guardUser.errors).toHaveLength(1);
    expect(compiledUser(user)).toBe(false);
    expect(compiledUser.errors).toHaveLength(50);
  });

  it("agrees with validateX", () => {
    for (const value of [
      { version: 1 },
      { version: "1" },
      { version: 1, state: "active", addresses: [{ mediaType: "SMS" }] },
      { version: 1, manager: { version: 2, manager: { version: "x" } } },
      null,
    ]) {
      expect(isUser(value)).toBe(validateUser(value).ok);
    }
  });
});

describe("validateX({ maxIssues })", () => {
  const { user } = userWithBadAddresses(250);
  const firstPaths = (n: number) =>
    Array.from({ length: n }, (_, i) => `/addresses/${i}/mediaType`);

  it("lists 100 issues by default and counts the rest", () => {
    const result = validateUser(user);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual(firstPaths(100));
    expect(result.moreIssues).toBe(150);
  });

  it("lists as many as asked", () => {
    const result = validateUser(user, { maxIssues: 20 });
    expect(result).toMatchObject({ ok: false, moreIssues: 230 });
    expect(!result.ok && result.issues.map((issue) => issue.path)).toEqual(firstPaths(20));
    expect(validateUser(user, { maxIssues: 0 })).toEqual({
      ok: false,
      issues: [],
      moreIssues: 250,
    });
  });

  it("lists all with Infinity, and has no moreIssues when nothing is left out", () => {
    const all = validateUser(user, { maxIssues: Infinity });
    expect(!all.ok && all.issues).toHaveLength(250);
    expect(all).not.toHaveProperty("moreIssues");
    const few = validateUser({ version: "1", state: 5 });
    expect(few).toEqual({ ok: false, issues: expect.any(Array) });
    expect(!few.ok && few.issues).toHaveLength(2);
  });

  it("bounds open enums' failures and unknown values alike", () => {
    const open = validateUser(user, { enums: "open", maxIssues: 10 });
    // The unknown mediaTypes are strings: accepted and reported, at most 10 of them.
    expect(open.ok).toBe(true);
    expect(open.ok && open.unknownEnumValues).toHaveLength(10);
    const failing = { ...user, addresses: user.addresses.map(() => ({ mediaType: 7 })) };
    const result = validateUser(failing, { enums: "open", maxIssues: 10 });
    expect(result).toMatchObject({ ok: false, moreIssues: 240 });
    expect(!result.ok && result.issues).toHaveLength(10);
  });

  it("applies to request bodies too", () => {
    const body = { version: 1, addresses: user.addresses.map(() => ({ mediaType: "FAX" })) };
    expect(validateUpdateUser(body, { maxIssues: 5 })).toMatchObject({
      ok: false,
      moreIssues: 245,
    });
  });

  it("assertX throws with the first 100 and says how many more there were", () => {
    let thrown: unknown;
    try {
      assertUser(user);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues).toHaveLength(100);
    expect((thrown as ValidationError).message).toMatch(/\(and 245 more issues\)$/);
  });

  it("xSchema lists 100 and one issue counting the rest", async () => {
    const result = await userSchema["~standard"].validate(user);
    expect(result.issues).toHaveLength(101);
    expect(result.issues?.at(-1)).toEqual({ message: "and 150 more issues" });
  });
});
