// The calling user, the cursor listing, bulk changes, user state, external ids and
// invitations, over HTTP: each with a valid request, an invalid one (400 naming the field)
// where the operation takes any input, and the rule that a refused request changes nothing.
import type {
  User,
  UserCursorEntityListing,
  UserEntityListing,
  UserMe,
  UserStateChange,
} from "@users-api/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMockServer, homeDivision, UserStore, type MockServer } from "../src/index.js";
import { call, type ApiResponse } from "./helpers.js";

/** The store's clock: stamps are checked exactly, and no test depends on the wall clock. */
const NOW = Date.UTC(2026, 1, 2, 3, 4, 5);
const store = new UserStore({ seed: 40, now: () => NOW });
let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ store });
});
afterAll(() => server.close());
beforeEach(() => store.reset());

const live = () => store.list({ state: "any" }).filter((u) => u.state !== "deleted");
const active = () => store.list();
const fieldsOf = (body: { details?: { fieldName?: string }[] }) =>
  (body.details ?? []).map((d) => d.fieldName);

async function clientCredentialsToken(): Promise<string> {
  const response = await fetch(`${server.url}/oauth/token`, {
    method: "POST",
    headers: {
      authorization: `Basic ${btoa("app:secret")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: "grant_type=client_credentials",
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

describe("getUsersMe", () => {
  it("answers for the first active user created by default: the seeded leader", async () => {
    const leader = store.list({ state: "any" }).find((u) => !u.manager)!;
    const reports = live().filter((u) => u.manager?.id === leader.id);
    const { status, body } = await call<UserMe>(
      server,
      "GET",
      "/api/v2/users/me?expand=skills,directreports,superiors,date,organization,trustors",
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: leader.id, name: leader.name, skills: leader.skills });
    expect(body.superiors).toEqual([]);
    expect(body.directReports?.map((u) => u.id).sort()).toEqual(reports.map((u) => u.id).sort());
    expect(body.date).toEqual({ currentDate: new Date(NOW).toISOString() });
    expect(body.organization?.name).toBe("Users API Mock");
    expect(body.trustors).toEqual(store.trustors(leader.id!));
  });

  it("answers for the user store.setMe() names, until reset", async () => {
    const someone = active().find((u) => u.manager)!;
    store.setMe(someone.id);
    const { body } = await call<UserMe>(server, "GET", "/api/v2/users/me?expand=superiors");
    expect(body.id).toBe(someone.id);
    expect(body.superiors?.[0]?.id).toBe(someone.manager?.id);
    store.reset();
    expect((await call<UserMe>(server, "GET", "/api/v2/users/me")).body.id).not.toBe(someone.id);
  });

  it("is 404 when the user a token acts for is deleted", async () => {
    const someone = active()[3]!;
    store.setMe(someone.id);
    store.delete(someone.id!);
    const { status, body } = await call(server, "GET", "/api/v2/users/me");
    expect(status).toBe(404);
    expect(body.code).toBe("not.found");
  });

  it("refuses a client-credentials token: 400 not.a.user (which other operations accept)", async () => {
    const token = await clientCredentialsToken();
    expect((await call(server, "GET", "/api/v2/users?pageSize=1", { token })).status).toBe(200);
    const { status, body } = await call(server, "GET", "/api/v2/users/me", { token });
    expect(status).toBe(400);
    expect(body.code).toBe("not.a.user");
    // A token that only looks like an issued one is a user's token like any other.
    const lookalike = `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`;
    expect((await call(server, "GET", "/api/v2/users/me", { token: lookalike })).status).toBe(200);
  });

  it("answers for the user an issued user token is bound to, whatever setMe says", async () => {
    const [first, second] = active().slice(5, 7);
    const firstToken = server.issueUserToken(first!.id!).accessToken;
    const secondToken = server.issueUserToken(second!.id!).accessToken;
    store.setMe(active()[0]!.id);
    const one = await call<UserMe>(server, "GET", "/api/v2/users/me", { token: firstToken });
    const two = await call<UserMe>(server, "GET", "/api/v2/users/me", { token: secondToken });
    const plain = await call<UserMe>(server, "GET", "/api/v2/users/me");
    expect([one.status, two.status, plain.status]).toEqual([200, 200, 200]);
    expect(one.body.id).toBe(first!.id);
    expect(two.body.id).toBe(second!.id);
    expect(plain.body.id).toBe(active()[0]!.id); // an unbound token: store.me()
    // A bound token is an issued token: revoked like the others.
    server.revokeIssuedTokens();
    const revoked = await call(server, "GET", "/api/v2/users/me", { token: firstToken });
    expect(revoked.status).toBe(401);
  });

  it("answers for the user auth.userTokens binds a token to (accepted besides accessTokens)", async () => {
    const [a, b] = active().slice(2, 4);
    const bound = await createMockServer({
      store,
      auth: { accessTokens: ["plain"], userTokens: { "token-a": a!.id!, "token-b": b!.id! } },
    });
    try {
      const me = async (token: string) => call<UserMe>(bound, "GET", "/api/v2/users/me", { token });
      expect((await me("token-a")).body.id).toBe(a!.id);
      expect((await me("token-b")).body.id).toBe(b!.id);
      expect((await me("plain")).body.id).toBe(store.me()?.id);
      expect((await me("other")).status).toBe(401);
      store.delete(b!.id!);
      const gone = await call(bound, "GET", "/api/v2/users/me", { token: "token-b" });
      expect(gone.status).toBe(404);
      expect(gone.body.code).toBe("not.found");
    } finally {
      await bound.close();
    }
  });

  it.each([
    ["userCustomAttributeSchemaIds=s1,s2", 200, []],
    [
      `userCustomAttributeSchemaIds=${Array.from({ length: 101 }, (_, i) => `s${i}`).join(",")}`,
      400,
      ["userCustomAttributeSchemaIds"],
    ],
  ])("userCustomAttributeSchemaIds (at most 100): %#", async (query, expected, fields) => {
    const { status, body } = await call(server, "GET", `/api/v2/users/me?${query}`);
    expect(status).toBe(expected);
    expect(fieldsOf(body)).toEqual(fields);
  });

  it.each([
    ["expand=nonsense", "expand"],
    ["expand=adjacents,superiors", "expand"],
  ])("400 naming the field: %s", async (query, field) => {
    const { status, body } = await call(server, "GET", `/api/v2/users/me?${query}`);
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual([field]);
  });
});

describe("getUsersQuery", () => {
  async function readAll(first: string): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let next: string | undefined = first;
    let pages = 0;
    while (next !== undefined) {
      const { status, body }: ApiResponse<UserCursorEntityListing> = await call(
        server,
        "GET",
        next,
      );
      expect(status).toBe(200);
      expect(body.results).toBe(body.entities?.length);
      ids.push(...(body.entities ?? []).map((u) => u.id!));
      expect(body.nextUri === undefined).toBe(body.cursor === undefined);
      next = body.nextUri;
      pages += 1;
    }
    return { ids, pages };
  }

  it("pages through every user by name, ASC or DESC, following nextUri", async () => {
    const everyone = store.list({ state: "any" }).map((u) => u.id);
    const up = await readAll("/api/v2/users/query?pageSize=7&state=any");
    expect(up).toEqual({ ids: everyone, pages: Math.ceil(everyone.length / 7) });
    const down = await readAll("/api/v2/users/query?pageSize=7&state=any&sortOrder=DESC");
    expect(down.ids).toEqual([...everyone].reverse());
  });

  it("filters by state (active by default) and expands", async () => {
    expect((await readAll("/api/v2/users/query?pageSize=50")).ids).toEqual(
      active().map((u) => u.id),
    );
    const inactive = store.list({ state: "inactive" }).map((u) => u.id);
    expect(inactive.length).toBeGreaterThan(0);
    expect((await readAll("/api/v2/users/query?state=inactive")).ids).toEqual(inactive);
    const { body } = await call<UserCursorEntityListing>(
      server,
      "GET",
      "/api/v2/users/query?pageSize=2&expand=skills",
    );
    expect(body.entities?.[0]).toHaveProperty("skills");
    expect(body.entities?.[0]).not.toHaveProperty("languages");
    expect(body.nextUri).toContain("expand=skills");
  });

  it("users created or deleted mid-way make it skip or repeat no other user", async () => {
    const before = active().map((u) => u.id!);
    const first = await call<UserCursorEntityListing>(
      server,
      "GET",
      "/api/v2/users/query?pageSize=5",
    );
    const seen = first.body.entities!.map((u) => u.id!);
    // One user sorts before the cursor (not returned), one after (returned); one not yet seen
    // is deleted (not returned).
    const early = store.create({
      name: "Aaron Aardvark",
      email: "a@x.example",
      divisionId: homeDivision.id,
    });
    const late = store.create({
      name: "Zed Zulu",
      email: "z@x.example",
      divisionId: homeDivision.id,
    });
    const gone = before[10]!;
    store.delete(gone);
    const rest = await readAll(first.body.nextUri!);
    const ids = [...seen, ...rest.ids];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...before.filter((id) => id !== gone), late.ok && late.user.id]);
    expect(early.ok && ids.includes(early.user.id)).toBe(false);
  });

  it.each([
    ["cursor=not-a-cursor", "cursor"],
    [`cursor=${btoa(JSON.stringify(["Ada", "x", "SIDEWAYS"]))}`, "cursor"],
    ["pageSize=0", "pageSize"],
    ["state=archived", "state"],
  ])("400 naming the field: %s", async (query, field) => {
    const { status, body } = await call(server, "GET", `/api/v2/users/query?${query}`);
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual([field]);
  });

  it("400 naming sortOrder when it contradicts the cursor's", async () => {
    const { body } = await call<UserCursorEntityListing>(
      server,
      "GET",
      "/api/v2/users/query?pageSize=2",
    );
    const { status, body: error } = await call(
      server,
      "GET",
      `/api/v2/users/query?cursor=${body.cursor}&sortOrder=DESC`,
    );
    expect(status).toBe(400);
    expect(fieldsOf(error)).toEqual(["sortOrder"]);
  });
});

describe("patchUsersBulk", () => {
  it("sets acdAutoAnswer on each user, bumps their versions, returns them in order", async () => {
    const [a, b, c] = active();
    const body = [
      { id: b!.id!, acdAutoAnswer: !b!.acdAutoAnswer },
      { id: a!.id!, acdAutoAnswer: !a!.acdAutoAnswer },
      { id: c!.id! },
    ];
    const { status, body: listing } = await call<UserEntityListing>(
      server,
      "PATCH",
      "/api/v2/users/bulk",
      { body },
    );
    expect(status).toBe(200);
    expect(listing).toMatchObject({ total: 3, pageSize: 3, pageNumber: 1, pageCount: 1 });
    expect(listing.entities?.map((u) => [u.id, u.acdAutoAnswer, u.version])).toEqual([
      [b!.id, !b!.acdAutoAnswer, b!.version + 1],
      [a!.id, !a!.acdAutoAnswer, a!.version + 1],
      [c!.id, c!.acdAutoAnswer, c!.version],
    ]);
    const read = await call<User>(server, "GET", `/api/v2/users/${a!.id}`);
    expect(read.body).toMatchObject({ acdAutoAnswer: !a!.acdAutoAnswer, version: a!.version + 1 });
  });

  it("all or nothing: an unknown or deleted user is 404 with a detail per item, nothing changed", async () => {
    const [a] = active();
    const deleted = store.list({ state: "deleted" })[0]!;
    const { status, body } = await call(server, "PATCH", "/api/v2/users/bulk", {
      body: [
        { id: a!.id, acdAutoAnswer: !a!.acdAutoAnswer },
        { id: "no-such-user", acdAutoAnswer: true },
        { id: deleted.id, acdAutoAnswer: true },
      ],
    });
    expect(status).toBe(404);
    expect(body).toMatchObject({
      code: "not.found",
      details: [
        { fieldName: "/1/id", errorCode: "not.found", entityId: "no-such-user" },
        { fieldName: "/2/id", errorCode: "not.found", entityId: deleted.id },
      ],
    });
    expect(store.get(a!.id!)).toEqual(a);
  });

  it("all or nothing: a user given twice is 400 naming the second", async () => {
    const [a] = active();
    const { status, body } = await call(server, "PATCH", "/api/v2/users/bulk", {
      body: [
        { id: a!.id, acdAutoAnswer: true },
        { id: a!.id, acdAutoAnswer: false },
      ],
    });
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(["/1/id"]);
    expect(store.get(a!.id!)).toEqual(a);
  });

  it.each([
    ["an item without id", [{ acdAutoAnswer: true }], "/0/id"],
    ["a field PatchUser lacks", [{ id: "x", name: "Ada" }], "/0/name"],
    ["acdAutoAnswer not a boolean", [{ id: "x", acdAutoAnswer: "yes" }], "/0/acdAutoAnswer"],
    ["more than 50 users", Array.from({ length: 51 }, (_, i) => ({ id: `u${i}` })), "/"],
  ])("400 naming the field: %s", async (_title, body, field) => {
    const { status, body: error } = await call(server, "PATCH", "/api/v2/users/bulk", { body });
    expect(status).toBe(400);
    expect(fieldsOf(error)).toContain(field);
  });
});

describe("getUserState and putUserState", () => {
  it("reads the state and version; a change shows in the user, bumps the version, is dated", async () => {
    const user = active()[2]!;
    const path = `/api/v2/users/${user.id}/state`;
    expect((await call<UserStateChange>(server, "GET", path)).body).toEqual({
      state: "active",
      version: user.version,
    });
    const change = await call<UserStateChange>(server, "PUT", path, {
      body: { state: "inactive", version: user.version, stateChangeReason: "Leave" },
    });
    const expected = {
      state: "inactive",
      version: user.version + 1,
      stateChangeReason: "Leave",
      stateChangeDate: new Date(NOW).toISOString(),
    };
    expect(change).toMatchObject({ status: 200, body: expected });
    expect((await call(server, "GET", path)).body).toEqual(expected);
    const read = await call<User>(server, "GET", `/api/v2/users/${user.id}`);
    expect(read.body).toMatchObject({ state: "inactive", version: user.version + 1 });
  });

  it("deletes and restores: a deleted user's state can be read and changed", async () => {
    const user = active()[4]!;
    const path = `/api/v2/users/${user.id}/state`;
    await call(server, "PUT", path, { body: { state: "deleted", version: user.version } });
    expect((await call(server, "GET", `/api/v2/users/${user.id}`)).status).toBe(404);
    const { body } = await call<UserStateChange>(server, "GET", path);
    expect(body).toMatchObject({ state: "deleted", version: user.version + 1 });
    const restored = await call(server, "PUT", path, {
      body: { state: "active", version: body.version },
    });
    expect(restored.status).toBe(200);
    expect((await call(server, "GET", `/api/v2/users/${user.id}`)).status).toBe(200);
  });

  it("a stale version is 409 general.conflict and changes nothing", async () => {
    const user = active()[5]!;
    const { status, body } = await call(server, "PUT", `/api/v2/users/${user.id}/state`, {
      body: { state: "inactive", version: user.version - 1 },
    });
    expect(status).toBe(409);
    expect(body.code).toBe("general.conflict");
    expect(store.get(user.id!)).toEqual(user);
    expect(store.stateChange(user.id!)).toEqual({ state: "active", version: user.version });
  });

  it("an unknown user is 404", async () => {
    expect((await call(server, "GET", "/api/v2/users/nobody/state")).status).toBe(404);
    const put = await call(server, "PUT", "/api/v2/users/nobody/state", {
      body: { state: "inactive", version: 1 },
    });
    expect(put.status).toBe(404);
  });

  it.each([
    ["a state not known", { state: "retired", version: 1 }, ["/state"]],
    [
      "a reason not known",
      { state: "inactive", version: 1, stateChangeReason: "Bored" },
      ["/stateChangeReason"],
    ],
    ["no version", { state: "inactive" }, ["/version"]],
    ["nothing", {}, ["/state", "/version"]],
    ["a property the model lacks", { state: "inactive", version: 1, name: "x" }, ["/name"]],
  ])("400 naming the field: %s", async (_title, body, fields) => {
    const user = active()[6]!;
    const { status, body: error } = await call(server, "PUT", `/api/v2/users/${user.id}/state`, {
      body,
    });
    expect(status).toBe(400);
    expect(fieldsOf(error)).toEqual(fields);
    expect(store.get(user.id!)).toEqual(user);
  });
});

describe("getUsersExternalidAuthorityNameExternalKey", () => {
  it("finds seeded users by their employee id at HRIS, and ids set through the store", async () => {
    const user = active()[7]!;
    const key = user.employerInfo!.employeeId!;
    const found = await call<User>(
      server,
      "GET",
      `/api/v2/users/externalid/HRIS/${key}?expand=employerInfo`,
    );
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ id: user.id, employerInfo: { employeeId: key } });

    store.setExternalId(user.id!, "Okta SSO", "a/b 1");
    const path = `/api/v2/users/externalid/${encodeURIComponent("Okta SSO")}/${encodeURIComponent("a/b 1")}`;
    expect((await call<User>(server, "GET", path)).body.id).toBe(user.id);
  });

  it("is 404 for an unknown key, another case, or a deleted user", async () => {
    const user = active()[8]!;
    const key = user.employerInfo!.employeeId!;
    for (const path of [`HRIS/E-0`, `hris/${key}`, `HRIS/${key.toLowerCase()}`]) {
      const { status } = await call(server, "GET", `/api/v2/users/externalid/${path}`);
      expect(status, path).toBe(404);
    }
    store.delete(user.id!);
    expect((await call(server, "GET", `/api/v2/users/externalid/HRIS/${key}`)).status).toBe(404);
  });

  it("400 naming the field: expand=nonsense", async () => {
    const { status, body } = await call(
      server,
      "GET",
      "/api/v2/users/externalid/HRIS/E-10001?expand=nonsense",
    );
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(["expand"]);
  });
});

describe("postUserInvite", () => {
  it("204 without a body for a live user; sent once unless force", async () => {
    const inactive = store.list({ state: "inactive" })[0]!;
    const path = `/api/v2/users/${inactive.id}/invite`;
    const first = await call(server, "POST", path);
    expect(first.status).toBe(204);
    expect(first.body).toBeUndefined();
    expect((await call(server, "POST", `${path}?force=false`)).status).toBe(204);
    expect(store.invitations(inactive.id!)).toBe(1);
    expect((await call(server, "POST", `${path}?force=true`)).status).toBe(204);
    expect(store.invitations(inactive.id!)).toBe(2);
  });

  it("404 for a deleted or unknown user", async () => {
    const deleted = store.list({ state: "deleted" })[0]!;
    expect((await call(server, "POST", `/api/v2/users/${deleted.id}/invite`)).status).toBe(404);
    expect((await call(server, "POST", "/api/v2/users/nobody/invite")).status).toBe(404);
    expect(store.invitations(deleted.id!)).toBe(0);
  });

  it("400 naming the field: force=maybe", async () => {
    const user = active()[0]!;
    const { status, body } = await call(
      server,
      "POST",
      `/api/v2/users/${user.id}/invite?force=maybe`,
    );
    expect(status).toBe(400);
    expect(fieldsOf(body)).toEqual(["force"]);
    expect(store.invitations(user.id!)).toBe(0);
  });
});
