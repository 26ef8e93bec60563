import { createUsersClient, UsersApiError, type UsersClient } from "@users-api/fetch-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockServer, homeDivision, type MockServer } from "../src/index.js";

const SEED = 20;
let server: MockServer;
let client: UsersClient;
/** The status of every response the client received, retries included. */
let statuses: number[];

beforeAll(async () => {
  server = await createMockServer({ seed: SEED });
});
afterAll(() => server.close());
beforeEach(() => {
  server.store.reset();
  server.setFaults({});
  statuses = [];
  client = createUsersClient({
    baseUrl: server.url,
    accessToken: "test-token",
    validateResponses: true,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
    fetch: async (request) => {
      const response = await fetch(request);
      statuses.push(response.status);
      return response;
    },
  });
});

const liveUsers = () => server.store.list();

describe("with @users-api/fetch-client", () => {
  it("creates, reads, updates (reading the version first) and deletes", async () => {
    const user = await client.users.create({
      name: "Grace Hopper",
      email: "grace@example.com",
      divisionId: homeDivision.id,
    });
    expect(user.version).toBe(1);
    const id = user.id ?? "";
    const renamed = await client.users.update(id, { name: "Rear Admiral Hopper" });
    expect(renamed.version).toBe(2);
    expect(server.store.get(id)?.name).toBe("Rear Admiral Hopper");
    expect((await client.users.get(id)).name).toBe("Rear Admiral Hopper");

    await client.users.delete(id);
    const deleted = await client.users.get(id, { state: "deleted" });
    expect(deleted.state).toBe("deleted");
    const error = await client.users.get(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersApiError);
    expect((error as UsersApiError).status).toBe(404);

    const restored = await client.users.update(id, { state: "active" });
    expect(restored).toMatchObject({ state: "active", version: 4 });
  });

  it("lists every user over several pages", async () => {
    const ids: string[] = [];
    for await (const user of client.users.list({ pageSize: 6 })) ids.push(user.id ?? "");
    expect(ids).toEqual(liveUsers().map((u) => u.id));
    let pages = 0;
    for await (const page of client.users.list({ pageSize: 6, state: "any" }).pages()) {
      pages += 1;
      expect(page.pageNumber).toBe(pages);
    }
    expect(pages).toBe(Math.ceil(SEED / 6));
  });

  it("survives injected 429s by honouring Retry-After", async () => {
    server.setFaults({ rateLimitEvery: 2, retryAfterSeconds: 0 });
    const ids: string[] = [];
    for await (const user of client.users.list({ pageSize: 4 })) ids.push(user.id ?? "");
    expect(ids).toEqual(liveUsers().map((u) => u.id));
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.at(-1)).toBe(200);
  });

  it("survives injected 503s", async () => {
    server.setFaults({ errorRate: 0.3, retryAfterSeconds: 0 });
    for (const user of liveUsers().slice(0, 8)) {
      expect((await client.users.get(user.id ?? "")).id).toBe(user.id);
    }
    expect(statuses).toContain(503);
  });

  it("gives up with the 429 when every attempt is limited", async () => {
    server.setFaults({ rateLimitEvery: 1, retryAfterSeconds: 0 });
    const error = (await client.users
      .get(liveUsers()[0]?.id ?? "")
      .catch((e: unknown) => e)) as UsersApiError;
    expect(error).toBeInstanceOf(UsersApiError);
    expect(error.status).toBe(429);
    expect(error.code).toBe("too.many.requests");
    expect(statuses).toEqual([429, 429, 429, 429]);
  });

  it("reports a version conflict, or re-reads and retries when asked", async () => {
    const [user] = liveUsers();
    const id = user?.id ?? "";
    const stale = user?.version ?? 0;
    await client.users.update(id, { title: "First", version: stale });

    const conflict = (await client.users
      .update(id, { title: "Second", version: stale })
      .catch((e: unknown) => e)) as UsersApiError;
    expect(conflict).toBeInstanceOf(UsersApiError);
    expect(conflict.status).toBe(409);
    expect(conflict.code).toBe("general.conflict");
    expect(conflict.isVersionConflict).toBe(true);
    expect(conflict.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.store.get(id)?.title).toBe("First");

    const retried = await client.users.update(
      id,
      { title: "Second", version: stale },
      { retryOnConflict: 1 },
    );
    expect(retried).toMatchObject({ title: "Second", version: stale + 2 });
  });

  it("gets tokens from the mock's /oauth/token and refreshes them on 401", async () => {
    const strict = await createMockServer({
      seed: 3,
      auth: { accessTokens: [], clients: [{ clientId: "app", clientSecret: "s3cret" }] },
    });
    try {
      const oauthClient = createUsersClient({
        baseUrl: strict.url,
        clientCredentials: {
          clientId: "app",
          clientSecret: "s3cret",
          tokenUrl: `${strict.url}/oauth/token`,
        },
      });
      const [first] = strict.store.list();
      expect((await oauthClient.users.get(first?.id ?? "")).id).toBe(first?.id);
      strict.revokeIssuedTokens();
      expect((await oauthClient.users.get(first?.id ?? "")).id).toBe(first?.id);

      const wrongSecret = createUsersClient({
        baseUrl: strict.url,
        clientCredentials: {
          clientId: "app",
          clientSecret: "nope",
          tokenUrl: `${strict.url}/oauth/token`,
        },
      });
      await expect(wrongSecret.users.get(first?.id ?? "")).rejects.toThrow();
    } finally {
      await strict.close();
    }
  });

  it("surfaces 400s with the field named", async () => {
    const error = (await client.users
      .create({
        name: "X",
        email: "x@example.com",
        divisionId: homeDivision.id,
        state: "gone",
      } as never)
      .catch((e: unknown) => e)) as UsersApiError;
    expect(error.status).toBe(400);
    expect(error.body?.details).toEqual([{ fieldName: "/state", errorCode: "invalid.value" }]);
  });
});
