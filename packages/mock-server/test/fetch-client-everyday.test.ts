// The everyday helpers of @users-api/fetch-client (me, search, query, bulkUpdate, state,
// routingStatus) against the mock over real HTTP on 127.0.0.1. The clients check every
// success response against the spec (`validateResponses: "strict"`), so the mock's answers
// are held to the spec too.
import {
  createUsersClient,
  UsersApiError,
  type PatchUser,
  type User,
  type UserSearchRequest,
  type UsersClient,
} from "@users-api/fetch-client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockServer, homeDivision, type MockServer } from "../src/index.js";

const SEED = 130;
let server: MockServer;
/** The status of every response a client received. */
let statuses: number[];

beforeAll(async () => {
  server = await createMockServer({ seed: SEED });
});
afterAll(() => server.close());
beforeEach(() => {
  server.store.reset();
  server.setFaults({});
  statuses = [];
});

function clientWith(auth: Partial<Parameters<typeof createUsersClient>[0]>): UsersClient {
  return createUsersClient({
    baseUrl: server.url,
    validateResponses: "strict",
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    fetch: async (request) => {
      const response = await fetch(request);
      statuses.push(response.status);
      return response;
    },
    ...auth,
  });
}

const userClient = () => clientWith({ accessToken: "test-token" });
const active = () => server.store.list();
const idsOf = (users: readonly User[]) => users.map((u) => u.id);

describe("everyday helpers", () => {
  describe("users.me()", () => {
    it("answers for the user each token is bound to, and store.me() for other tokens", async () => {
      const [first, second] = active().slice(3, 5);
      const firstClient = clientWith({
        accessToken: server.issueUserToken(first!.id!).accessToken,
      });
      const secondClient = clientWith({
        accessToken: server.issueUserToken(second!.id!).accessToken,
      });
      const mine = await firstClient.users.me({ expand: ["superiors", "date"] });
      const theirs = await secondClient.users.me();
      expect(mine.id).toBe(first!.id);
      expect(mine.superiors?.[0]?.id).toBe(first!.manager?.id);
      expect(theirs.id).toBe(second!.id);
      expect(mine.id).not.toBe(theirs.id);
      expect((await userClient().users.me()).id).toBe(server.store.me()?.id);
    });

    it("passes userCustomAttributeSchemaIds through (and the mock checks its limit)", async () => {
      const client = userClient();
      const tooMany = Array.from({ length: 101 }, (_, i) => `schema-${i}`);
      expect((await client.users.me({ userCustomAttributeSchemaIds: ["a", "b"] })).id).toBe(
        server.store.me()?.id,
      );
      const error = await client.users
        .me({ userCustomAttributeSchemaIds: tooMany })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsersApiError);
      expect((error as UsersApiError).status).toBe(400);
      expect((error as UsersApiError).body?.details?.[0]?.fieldName).toBe(
        "userCustomAttributeSchemaIds",
      );
      const id = active()[0]!.id!;
      const user = await client.users.get(id, { userCustomAttributeSchemaIds: ["a"] });
      expect(user.id).toBe(id);
      const refused = await client.users
        .get(id, { userCustomAttributeSchemaIds: tooMany })
        .catch((e: unknown) => e);
      expect((refused as UsersApiError).status).toBe(400);
      const listing = await client.users
        .list({ userCustomAttributeSchemaIds: ["a", "b", "c", "d", "e", "f"] })
        .pages()
        [Symbol.asyncIterator]()
        .next()
        .catch((e: unknown) => e);
      expect((listing as UsersApiError).status).toBe(400);
    });

    it("refuses a client-credentials token with a typed 400 not.a.user", async () => {
      const client = clientWith({
        clientCredentials: {
          clientId: "app",
          clientSecret: "secret",
          tokenUrl: `${server.url}/oauth/token`,
        },
      });
      // The same token reads other users: only /me needs a user behind the token.
      expect((await client.users.get(active()[0]!.id!)).id).toBe(active()[0]!.id);
      const error = await client.users.me().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UsersApiError);
      expect(error).toMatchObject({ status: 400, code: "not.a.user" });
      expect(statuses.at(-1)).toBe(400);
    });
  });

  describe("users.search()", () => {
    const request: UserSearchRequest & { pageSize: number } = {
      pageSize: 7,
      sortBy: "name",
      sortOrder: "ASC",
      query: [{ type: "EXACT", fields: ["state"], values: ["active"] }],
    };

    it("yields every user the criteria find, over several pages, each once", async () => {
      const expected = idsOf(active());
      expect(expected.length).toBeGreaterThan(3 * request.pageSize);
      const found: User[] = [];
      for await (const user of userClient().users.search(request)) found.push(user);
      expect(new Set(idsOf(found)).size).toBe(found.length);
      expect(idsOf(found).sort()).toEqual([...expected].sort());
      expect(found.every((u) => u.state === "active")).toBe(true);
    });

    it(".pages() yields each UsersSearchResponse, following nextPage to pageCount", async () => {
      const pages = [];
      for await (const page of userClient().users.search(request).pages()) pages.push(page);
      const total = active().length;
      expect(pages.length).toBe(Math.ceil(total / request.pageSize));
      expect(pages.map((p) => p.pageNumber)).toEqual(pages.map((_, i) => i + 1));
      expect(pages.every((p) => p.total === total)).toBe(true);
      expect(pages.flatMap((p) => p.results ?? []).length).toBe(total);
      expect(pages.at(-1)?.nextPage).toBeUndefined();
    });
  });

  describe("users.query()", () => {
    it("iterates by cursor; users added mid-way neither repeat nor hide those there at start", async () => {
      const atStart = idsOf(active());
      const seen: string[] = [];
      const added: User[] = [];
      let pages = 0;
      for await (const page of userClient().users.query({ pageSize: 9 }).pages()) {
        pages += 1;
        seen.push(...idsOf(page.entities ?? []).map(String));
        if (pages <= 3) {
          // One user sorts before every page read so far, one after every user.
          for (const name of [`Aaron Aardvark ${pages}`, `Zz Last ${pages}`]) {
            const created = server.store.create({
              name,
              email: `added-${pages}-${name.length}@example.com`,
              divisionId: homeDivision.id,
            });
            if (!created.ok) throw new Error("create failed");
            added.push(created.user);
          }
        }
      }
      expect(pages).toBeGreaterThan(3);
      expect(new Set(seen).size).toBe(seen.length); // no duplicates
      for (const id of atStart) expect(seen).toContain(id); // nothing there at start skipped
      // Users added after the cursor's position show up; those before it do not.
      const lateIds = added.filter((u) => u.name!.startsWith("Zz")).map((u) => u.id);
      for (const id of lateIds) expect(seen).toContain(id);
      const earlyIds = added.filter((u) => u.name!.startsWith("Aaron")).map((u) => u.id);
      for (const id of earlyIds) expect(seen).not.toContain(id);
      expect(seen.length).toBe(atStart.length + lateIds.length);
    });
  });

  describe("users.bulkUpdate()", () => {
    it("sends 50 per request; a chunk with an unknown id is reported, the others applied", async () => {
      const users = active().slice(0, 110);
      expect(users).toHaveLength(110);
      const patches: PatchUser[] = users.map((u) => ({ id: u.id!, acdAutoAnswer: true }));
      patches[70] = { id: "no-such-user", acdAutoAnswer: true };
      statuses = [];
      const result = await userClient().users.bulkUpdate(patches);
      expect(statuses).toEqual([200, 404, 200]);
      expect(result.failed).toHaveLength(1);
      const [failure] = result.failed;
      expect(failure!.patches).toEqual(patches.slice(50, 100));
      expect(failure!.error).toBeInstanceOf(UsersApiError);
      expect(failure!.error.status).toBe(404);
      const applied = [...users.slice(0, 50), ...users.slice(100)];
      expect(idsOf(result.updated)).toEqual(idsOf(applied));
      for (const user of applied) expect(server.store.get(user.id!)?.acdAutoAnswer).toBe(true);
      // The failing chunk is all or nothing: none of its known users changed.
      for (const user of users.slice(50, 100)) {
        expect(server.store.get(user.id!)?.acdAutoAnswer).toBe(user.acdAutoAnswer);
      }
    });
  });

  describe("users.state and users.routingStatus", () => {
    it("state: set, then get returns it (the version read first)", async () => {
      const client = userClient();
      const id = active()[2]!.id!;
      const before = await client.users.state.get(id);
      expect(before.state).toBe("active");
      const changed = await client.users.state.set(id, { state: "inactive" });
      expect(changed.state).toBe("inactive");
      expect(changed.version).toBe((before.version ?? 0) + 1);
      expect((await client.users.state.get(id)).state).toBe("inactive");
      expect(server.store.get(id)?.state).toBe("inactive");
    });

    it("routingStatus: set, then get returns it", async () => {
      const client = userClient();
      const id = active()[4]!.id!;
      await client.users.routingStatus.set(id, "OFF_QUEUE");
      expect((await client.users.routingStatus.get(id)).status).toBe("OFF_QUEUE");
      await client.users.routingStatus.set(id, { status: "IDLE" });
      const read = await client.users.routingStatus.get(id);
      expect(read).toMatchObject({ userId: id, status: "IDLE" });
      expect(
        (await client.users.get(id, { expand: ["routingStatus"] })).routingStatus?.status,
      ).toBe("IDLE");
    });
  });
});
