import type { User, UserEntityListing } from "@users-api/types";
import { userExpandValues } from "@users-api/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockServer, type MockServer } from "../src/index.js";
import { call, expectValid } from "./helpers.js";

// `call` checks every response against the spec; these sweeps make sure that covers every
// seeded user, every expansion, every page and every trustor.
let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 80 });
});
afterAll(() => server.close());

describe("every response is valid against the spec", () => {
  it("every user, in every state, with every expansion", async () => {
    const expand = userExpandValues.join(",");
    const { body } = await call<UserEntityListing>(
      server,
      "GET",
      `/api/v2/users?pageSize=100&state=any&expand=${expand}`,
    );
    expect(body.total).toBe(80);
    for (const user of body.entities ?? []) {
      const state = user.state === "deleted" ? "deleted" : "active";
      const one = await call<User>(
        server,
        "GET",
        `/api/v2/users/${user.id}?state=${state}&expand=${expand}`,
      );
      expect(one.status).toBe(200);
      expect(one.body).toEqual(user);
    }
  });

  it("every page of every listing, and every trustor listing", async () => {
    let pages = 0;
    for (const state of ["active", "inactive", "deleted", "any"]) {
      let next: string | undefined = `/api/v2/users?pageSize=9&state=${state}`;
      while (next) {
        next = (await call<UserEntityListing>(server, "GET", next)).body.nextUri;
        pages += 1;
      }
    }
    expect(pages).toBeGreaterThan(10);
    let trustors = 0;
    for (const user of server.store.list()) {
      const listing = await call(server, "GET", `/api/v2/users/${user.id}/trustors?pageSize=2`);
      trustors += listing.body.total;
    }
    expect(trustors).toBeGreaterThan(5);
  });

  it("the store's full views are valid Users", () => {
    for (const user of server.store.list({ state: "any" })) expectValid("User", user);
  });
});
