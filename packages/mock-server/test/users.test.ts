import type { User } from "@users-api/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockServer, homeDivision, type MockServer } from "../src/index.js";
import { call } from "./helpers.js";

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ seed: 12 });
});
afterAll(() => server.close());
beforeEach(() => server.store.reset());

const newUser = {
  name: "Grace Hopper",
  email: "grace.hopper@example.com",
  divisionId: homeDivision.id,
  department: "Engineering",
  title: "Rear Admiral",
  addresses: [{ address: "+13175550100", mediaType: "PHONE", type: "WORK", countryCode: "US" }],
};

describe("createMockServer", () => {
  it("binds 127.0.0.1 on a free port by default", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).not.toMatch(/:0$/);
  });
});

describe("postUsers", () => {
  it("creates a user with a new id and version 1 (200, as the spec says)", async () => {
    const created = await call<User>(server, "POST", "/api/v2/users", { body: newUser });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      name: "Grace Hopper",
      email: "grace.hopper@example.com",
      username: "grace.hopper@example.com",
      version: 1,
      state: "active",
      division: { id: homeDivision.id, name: "Home" },
    });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.body.selfUri).toBe(`/api/v2/users/${created.body.id}`);
    expect(created.body.addresses?.[0]).toMatchObject({ display: "+1 317-555-0100" });
    expect(created.body.primaryContactInfo?.map((c) => c.mediaType)).toEqual(["EMAIL", "PHONE"]);
    expect(server.store.size).toBe(13);

    const read = await call<User>(server, "GET", `/api/v2/users/${created.body.id}`);
    expect(read.body).toEqual(created.body);
  });

  it("honours the state asked for", async () => {
    const created = await call<User>(server, "POST", "/api/v2/users", {
      body: { ...newUser, state: "inactive" },
    });
    expect(created.body.state).toBe("inactive");
  });

  it("refuses a second live user with the same email: 409 general.conflict", async () => {
    await call(server, "POST", "/api/v2/users", { body: newUser });
    const again = await call(server, "POST", "/api/v2/users", {
      body: { ...newUser, email: "GRACE.HOPPER@example.com" },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("general.conflict");
  });

  it("never returns the password", async () => {
    const created = await call(server, "POST", "/api/v2/users", {
      body: { ...newUser, password: "s3cret!" },
    });
    expect(created.status).toBe(200);
    expect(JSON.stringify(created.body)).not.toContain("s3cret");
  });
});

describe("getUser", () => {
  it("returns a seeded user without the expand-only fields", async () => {
    const [first] = server.store.list();
    const read = await call<User>(server, "GET", `/api/v2/users/${first?.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get("inin-correlation-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(read.body.id).toBe(first?.id);
    expect(read.body).not.toHaveProperty("presence");
    expect(read.body).not.toHaveProperty("skills");
    expect(read.body).not.toHaveProperty("biography");
  });

  it("adds the fields that expand asks for", async () => {
    const [first] = server.store.list();
    const read = await call<User>(
      server,
      "GET",
      `/api/v2/users/${first?.id}?expand=presence,skills,lasttokenissued,authorization`,
    );
    expect(read.body.presence?.presenceDefinition?.systemPresence).toBeTypeOf("string");
    expect(read.body.skills?.length).toBeGreaterThan(0);
    expect(read.body.lastTokenIssued?.dateIssued).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(read.body.authorization?.roles?.length).toBeGreaterThan(0);
    expect(read.body.authorization).not.toHaveProperty("unusedRoles");
    expect(read.body).not.toHaveProperty("languages");
    const unused = await call<User>(
      server,
      "GET",
      `/api/v2/users/${first?.id}?expand=authorization.unusedRoles`,
    );
    expect(unused.body.authorization?.unusedRoles).toEqual([]);
  });

  it("links the manager with its current version", async () => {
    const withManager = server.store.list({ state: "any" }).find((u) => u.manager);
    const managerId = withManager?.manager?.id ?? "";
    const read = await call<User>(
      server,
      "GET",
      `/api/v2/users/${withManager?.id}?state=${withManager?.state === "deleted" ? "deleted" : "active"}`,
    );
    expect(read.body.manager).toEqual({
      id: managerId,
      name: server.store.get(managerId)?.name,
      version: server.store.get(managerId)?.version,
      selfUri: `/api/v2/users/${managerId}`,
    });
  });

  it("is 404 not.found for an unknown id", async () => {
    const missing = await call(server, "GET", "/api/v2/users/no-such-user");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: "not.found", status: 404 });
    expect(missing.body.message).toContain("no-such-user");
    expect(missing.body.contextId).toBe(missing.headers.get("inin-correlation-id"));
  });
});

describe("patchUser", () => {
  async function createOne(): Promise<User> {
    return (await call<User>(server, "POST", "/api/v2/users", { body: newUser })).body;
  }

  it("changes the given fields and bumps the version", async () => {
    const user = await createOne();
    const patched = await call<User>(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 1, title: "Commodore", certifications: ["COBOL"] },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ title: "Commodore", version: 2, name: "Grace Hopper" });
    const expanded = await call<User>(
      server,
      "GET",
      `/api/v2/users/${user.id}?expand=certifications`,
    );
    expect(expanded.body.certifications).toEqual(["COBOL"]);
  });

  it("refuses a stale version with 409 general.conflict and changes nothing", async () => {
    const user = await createOne();
    await call(server, "PATCH", `/api/v2/users/${user.id}`, { body: { version: 1, title: "A" } });
    const stale = await call(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 1, title: "B" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe("general.conflict");
    expect(stale.body.message).toContain("does not match the current version");
    const read = await call<User>(server, "GET", `/api/v2/users/${user.id}`);
    expect(read.body).toMatchObject({ title: "A", version: 2 });
  });

  it("sets and clears the manager by id", async () => {
    const user = await createOne();
    const [boss] = server.store.list();
    const set = await call<User>(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 1, manager: boss?.id },
    });
    expect(set.body.manager?.id).toBe(boss?.id);
    const cleared = await call<User>(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 2, manager: "" },
    });
    expect(cleared.body).not.toHaveProperty("manager");
  });

  it("refuses an unknown manager with 400 naming the field", async () => {
    const user = await createOne();
    const bad = await call(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 1, manager: "nobody" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details).toEqual([{ fieldName: "/manager", errorCode: "invalid.value" }]);
  });

  it("with state, changes only the state", async () => {
    const user = await createOne();
    const deactivated = await call<User>(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 1, state: "inactive", title: "ignored" },
    });
    expect(deactivated.body).toMatchObject({
      state: "inactive",
      version: 2,
      title: "Rear Admiral",
    });
  });

  it("is 404 for an unknown user", async () => {
    const missing = await call(server, "PATCH", "/api/v2/users/nobody", { body: { version: 1 } });
    expect(missing.status).toBe(404);
  });
});

describe("deleteUser (soft delete)", () => {
  it("answers 200 {} and hides the user unless state=deleted; PATCH state restores it", async () => {
    const user = (await call<User>(server, "POST", "/api/v2/users", { body: newUser })).body;
    const deleted = await call(server, "DELETE", `/api/v2/users/${user.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({});

    expect((await call(server, "GET", `/api/v2/users/${user.id}`)).status).toBe(404);
    const asDeleted = await call<User>(server, "GET", `/api/v2/users/${user.id}?state=deleted`);
    expect(asDeleted.body).toMatchObject({ state: "deleted", version: 2 });
    expect((await call(server, "DELETE", `/api/v2/users/${user.id}`)).status).toBe(404);

    const editDeleted = await call(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 2, title: "x" },
    });
    expect(editDeleted.status).toBe(404);

    const restored = await call<User>(server, "PATCH", `/api/v2/users/${user.id}`, {
      body: { version: 2, state: "active" },
    });
    expect(restored.body).toMatchObject({ state: "active", version: 3 });
    expect((await call(server, "GET", `/api/v2/users/${user.id}`)).status).toBe(200);
    expect((await call(server, "GET", `/api/v2/users/${user.id}?state=deleted`)).status).toBe(404);
  });
});

describe("getUserTrustors", () => {
  it("lists the organizations that trust a user, each created by an OrgUser", async () => {
    const trusted = server.store.list().find((u) => server.store.trustors(u.id ?? "").length > 0);
    expect(trusted).toBeDefined();
    const listing = await call(server, "GET", `/api/v2/users/${trusted?.id}/trustors?pageSize=1`);
    expect(listing.status).toBe(200);
    expect(listing.body.total).toBe(server.store.trustors(trusted?.id ?? "").length);
    expect(listing.body.entities).toHaveLength(1);
    expect(listing.body.entities[0].createdBy.organization.id).toBe(listing.body.entities[0].id);
    expect(listing.body.selfUri).toBe(
      `/api/v2/users/${trusted?.id}/trustors?pageSize=1&pageNumber=1`,
    );
  });

  it("is an empty listing for a user nobody trusts, 404 for an unknown user", async () => {
    const user = (await call<User>(server, "POST", "/api/v2/users", { body: newUser })).body;
    const empty = await call(server, "GET", `/api/v2/users/${user.id}/trustors`);
    expect(empty.body).toMatchObject({ entities: [], total: 0, pageCount: 0, pageNumber: 1 });
    expect((await call(server, "GET", "/api/v2/users/nobody/trustors")).status).toBe(404);
  });
});
