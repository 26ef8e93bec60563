import { describe, expect, it } from "vitest";
import { createUserStore, divisions, seededState } from "../src/index.js";
import { expectValid } from "./helpers.js";

describe("seeded users", () => {
  it("are the same for the same seed", () => {
    expect(createUserStore({ seed: 30 }).list({ state: "any" })).toEqual(
      createUserStore({ seed: 30 }).list({ state: "any" }),
    );
  });

  it("differ for a different seed", () => {
    const a = createUserStore({ seed: 30 }).list({ state: "any" });
    const b = createUserStore({ seed: 31 }).list({ state: "any" });
    expect(b).toHaveLength(31);
    expect(a.map((u) => u.id)).not.toEqual(b.slice(0, 30).map((u) => u.id));
  });

  it("are valid Users and OrgUser-compatible, with every expandable field filled", () => {
    const users = createUserStore({ seed: 60 }).list({ state: "any" });
    expect(users).toHaveLength(60);
    for (const user of users) {
      expectValid("User", user);
      for (const field of [
        "presence",
        "routingStatus",
        "skills",
        "languages",
        "biography",
        "employerInfo",
        "station",
        "geolocation",
        "team",
        "groups",
        "locations",
        "authorization",
      ]) {
        expect(user, field).toHaveProperty(field);
      }
    }
  });

  it("look realistic: unique emails, names, phones, divisions, managers, a few inactive and deleted", () => {
    const store = createUserStore({ seed: 60 });
    const users = store.list({ state: "any" });
    const emails = users.map((u) => u.email);
    expect(new Set(emails).size).toBe(users.length);
    for (const user of users) {
      expect(user.name).toMatch(/^\S+ \S+$/);
      expect(user.email).toMatch(/^[a-z]+\.[a-z]+\d*@example\.com$/);
      expect(user.addresses?.[0]?.address).toMatch(/^\+1317555\d{4}$/);
      expect(divisions.map((d) => d.id)).toContain(user.division?.id);
    }
    const leaders = users.filter((u) => !u.manager);
    expect(leaders).toHaveLength(1);
    for (const user of users) {
      if (user.manager) expect(store.get(user.manager.id ?? "")?.name).toBe(user.manager.name);
    }
    const expectedStates = users.map((_, i) => seededState(i));
    for (const state of ["active", "inactive", "deleted"] as const) {
      const expected = expectedStates.filter((s) => s === state).length;
      expect(expected).toBeGreaterThan(0);
      expect(users.filter((u) => u.state === state)).toHaveLength(expected);
    }
  });

  it("include trustors whose creators are valid OrgUsers", () => {
    const store = createUserStore({ seed: 40 });
    const trustors = store.list({ state: "any" }).flatMap((u) => store.trustors(u.id ?? ""));
    expect(trustors.length).toBeGreaterThan(3);
    for (const trustor of trustors) {
      expectValid("Trustor", trustor);
      expectValid("OrgUser", trustor.createdBy);
    }
  });

  it("reset() forgets every change", () => {
    const store = createUserStore({ seed: 5 });
    const before = store.list({ state: "any" });
    const id = before[0]?.id ?? "";
    expect(store.delete(id)).toBe(true);
    store.create({ name: "X Y", email: "x@example.com", divisionId: "d" });
    store.reset();
    expect(store.list({ state: "any" })).toEqual(before);
  });

  it("seed 0 is an empty store", () => {
    expect(createUserStore().size).toBe(0);
  });
});
